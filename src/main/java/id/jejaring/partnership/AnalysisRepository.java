package id.jejaring.partnership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnalysisRepository extends JpaRepository<Analysis, UUID> {

	List<Analysis> findByPartnershipId(UUID partnershipId);

	Optional<Analysis> findByPartnershipIdAndPartnerId(UUID partnershipId, UUID partnerId);

	List<Analysis> findByPartnerId(UUID partnerId);

}
