package id.jejaring.partnership;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, UUID> {

	List<StageChange> findByPartnershipIdOrderByChangedAtAscIdAsc(UUID partnershipId);

}
