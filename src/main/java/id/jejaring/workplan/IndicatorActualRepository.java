package id.jejaring.workplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorActualRepository extends JpaRepository<IndicatorActual, UUID> {

	boolean existsByIndicator(PlanIndicator indicator);

	/** Per indicator of the plan: its id and the sum of its monthly values. */
	@Query("select a.indicator.id, sum(a.value) from IndicatorActual a where a.indicator.plan = :plan "
			+ "group by a.indicator.id")
	List<Object[]> sumsByIndicator(WorkPlan plan);

	@Query("select a.indicator.id, sum(a.value) from IndicatorActual a where a.indicator.plan in :plans "
			+ "group by a.indicator.id")
	List<Object[]> sumsByIndicatorOfPlans(Collection<WorkPlan> plans);

	@Query("select a from IndicatorActual a join fetch a.indicator where a.indicator.plan = :plan "
			+ "order by a.periodStart, a.createdAt")
	List<IndicatorActual> findByPlan(WorkPlan plan);

	Optional<IndicatorActual> findByIndicatorAndPeriodStart(PlanIndicator indicator, java.time.LocalDate periodStart);

}
