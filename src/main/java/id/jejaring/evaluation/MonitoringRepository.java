package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MonitoringRepository extends JpaRepository<MonitoringRecord, UUID> {

	@Query("select distinct r from MonitoringRecord r left join fetch r.followUps "
			+ "where r.partnershipId = :partnershipId and r.cycle = :cycle order by r.periodStart desc")
	List<MonitoringRecord> findForCycle(UUID partnershipId, int cycle);

	boolean existsByPartnershipIdAndCycleAndPeriodStartAndIdNot(UUID partnershipId, int cycle, LocalDate periodStart,
			UUID id);

	boolean existsByPartnershipIdAndCycleAndPeriodStart(UUID partnershipId, int cycle, LocalDate periodStart);

	/**
	 * Per active partnership in the given stages: id, title, cycle, its cadence (null
	 * when not chosen) and the latest recorded period of its cycle (null when none).
	 */
	@Query("select p.id, p.title, p.cycle, "
			+ "(select c.cadence from MonitoringCadence c where c.partnershipId = p.id), "
			+ "(select max(r.periodStart) from MonitoringRecord r where r.partnershipId = p.id and r.cycle = p.cycle) "
			+ "from Partnership p where p.stage in :stages and p.status = :status order by p.title")
	List<Object[]> monitoringState(List<Stage> stages, PartnershipStatus status);

}
