package id.jejaring.workplan;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanSettingsRepository extends JpaRepository<WorkPlanSettings, UUID> {

	/** The current institution's settings (the tenant filter leaves at most one row). */
	Optional<WorkPlanSettings> findFirstBy();

}
