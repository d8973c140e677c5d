package id.jejaring.workplan;

import java.util.UUID;

import id.jejaring.partnership.WorkPlanRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the lifecycle's work-plan question: a plan for the cycle with an activity and
 * an indicator.
 */
@Component
@Transactional(readOnly = true)
class WorkPlanGateRecords implements WorkPlanRecords {

	private final WorkPlanRepository plans;

	WorkPlanGateRecords(WorkPlanRepository plans) {
		this.plans = plans;
	}

	@Override
	public boolean hasPlanWithActivityAndIndicator(UUID partnershipId, int cycle) {
		return this.plans.hasActivityAndIndicator(partnershipId, cycle);
	}

}
