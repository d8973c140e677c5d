package id.jejaring.followup;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleDecisionRepository extends JpaRepository<CycleDecision, UUID> {

	Optional<CycleDecision> findByPartnershipIdAndCycle(UUID partnershipId, int cycle);

	boolean existsByPartnershipIdAndCycle(UUID partnershipId, int cycle);

}
