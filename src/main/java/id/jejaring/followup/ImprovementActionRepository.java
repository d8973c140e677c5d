package id.jejaring.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImprovementActionRepository extends JpaRepository<ImprovementAction, UUID> {

	List<ImprovementAction> findByPartnershipIdAndCycleOrderByDueOnAscCreatedAtAsc(UUID partnershipId, int cycle);

	/** Open and in-progress actions due by the day, soonest first. */
	@Query("select a from ImprovementAction a where a.status <> id.jejaring.followup.ImprovementStatus.DONE "
			+ "and a.dueOn <= :by order by a.dueOn, a.createdAt")
	List<ImprovementAction> dueBy(LocalDate by, Pageable pageable);

}
