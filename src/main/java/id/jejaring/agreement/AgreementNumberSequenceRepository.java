package id.jejaring.agreement;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AgreementNumberSequenceRepository extends JpaRepository<AgreementNumberSequence, UUID> {

	/**
	 * Whether the row exists, without loading it (the locked read below must be the
	 * first).
	 */
	boolean existsByKindAndYear(AgreementKind kind, int year);

	/**
	 * The row locked until the transaction ends, so two requests never take one number.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<AgreementNumberSequence> findLockedByKindAndYear(AgreementKind kind, int year);

}
