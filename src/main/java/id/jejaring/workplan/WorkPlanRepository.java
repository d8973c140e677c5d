package id.jejaring.workplan;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkPlanRepository extends JpaRepository<WorkPlan, UUID> {

	Optional<WorkPlan> findByPartnershipIdAndCycle(UUID partnershipId, int cycle);

	@Query("select count(p) > 0 from WorkPlan p where p.partnershipId = :partnershipId and p.cycle = :cycle "
			+ "and exists (select a from PlanActivity a where a.plan = p) "
			+ "and exists (select i from PlanIndicator i where i.plan = p)")
	boolean hasActivityAndIndicator(UUID partnershipId, int cycle);

}
