package id.jejaring.workplan;

import java.util.Collection;
import java.util.List;
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

	List<WorkPlan> findByPartnershipIdIn(Collection<UUID> partnershipIds);

	@Query("select a from PlanActivity a join fetch a.plan where a.plan in :plans order by a.endsOn, a.id")
	List<PlanActivity> activitiesOf(Collection<WorkPlan> plans);

	@Query("select i from PlanIndicator i join fetch i.plan where i.plan in :plans order by i.createdAt, i.id")
	List<PlanIndicator> indicatorsOf(Collection<WorkPlan> plans);

}
