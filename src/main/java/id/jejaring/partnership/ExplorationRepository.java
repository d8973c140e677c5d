package id.jejaring.partnership;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExplorationRepository extends JpaRepository<Exploration, UUID> {

	List<Exploration> findByPartnershipIdOrderByHeldOnAsc(UUID partnershipId);

}
