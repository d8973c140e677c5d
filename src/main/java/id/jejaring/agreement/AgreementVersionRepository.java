package id.jejaring.agreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, UUID> {

	List<AgreementVersion> findByAgreementIdOrderByNumberDesc(UUID agreementId);

	@EntityGraph(attributePaths = "clauses")
	Optional<AgreementVersion> findByAgreementIdAndNumber(UUID agreementId, int number);

}
