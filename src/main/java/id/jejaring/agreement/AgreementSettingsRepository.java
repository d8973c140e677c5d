package id.jejaring.agreement;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementSettingsRepository extends JpaRepository<AgreementSettings, UUID> {

	/** The current institution's settings (the tenant filter leaves at most one row). */
	Optional<AgreementSettings> findFirstBy();

}
