package id.jejaring.workplan;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityEvidenceRepository extends JpaRepository<ActivityEvidence, UUID> {

	/**
	 * Per activity of the plan that has evidence: its id, all evidence, verified ones.
	 */
	@Query("select e.activity.id, count(e), "
			+ "sum(case when e.status = id.jejaring.workplan.EvidenceStatus.VERIFIED then 1 else 0 end) "
			+ "from ActivityEvidence e where e.activity.plan = :plan group by e.activity.id")
	List<Object[]> countsByActivity(WorkPlan plan);

	/**
	 * Per activity of the plans: its id and the evidence that still counts (submitted or
	 * verified; returned evidence does not).
	 */
	@Query("select e.activity.id, count(e) from ActivityEvidence e where e.activity.plan in :plans "
			+ "and e.status <> id.jejaring.workplan.EvidenceStatus.RETURNED group by e.activity.id")
	List<Object[]> countsByActivityOfPlans(Collection<WorkPlan> plans);

	boolean existsByActivity(PlanActivity activity);

	@Query("select e from ActivityEvidence e join fetch e.activity a join fetch a.plan "
			+ "where a.plan in :plans and e.status = id.jejaring.workplan.EvidenceStatus.SUBMITTED "
			+ "order by e.submittedAt, e.id")
	List<ActivityEvidence> submittedOfPlans(Collection<WorkPlan> plans);

	@Query("select e from ActivityEvidence e join fetch e.activity where e.activity.plan = :plan "
			+ "order by e.submittedAt, e.id")
	List<ActivityEvidence> findByPlan(WorkPlan plan);

}
