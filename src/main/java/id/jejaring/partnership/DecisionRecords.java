package id.jejaring.partnership;

import java.util.UUID;

/**
 * What the lifecycle asks the follow-up module: is there a decision to continue or stop
 * for the cycle (the improvement gate)? Without an implementation that gate refuses.
 */
public interface DecisionRecords {

	boolean hasContinuationDecision(UUID partnershipId, int cycle);

}
