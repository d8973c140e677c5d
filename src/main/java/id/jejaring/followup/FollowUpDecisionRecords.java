package id.jejaring.followup;

import java.util.UUID;

import id.jejaring.partnership.DecisionRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the lifecycle's improvement gate: the cycle has a decision. */
@Component
@Transactional(readOnly = true)
class FollowUpDecisionRecords implements DecisionRecords {

	private final CycleDecisionRepository decisions;

	FollowUpDecisionRecords(CycleDecisionRepository decisions) {
		this.decisions = decisions;
	}

	@Override
	public boolean hasContinuationDecision(UUID partnershipId, int cycle) {
		return this.decisions.existsByPartnershipIdAndCycle(partnershipId, cycle);
	}

}
