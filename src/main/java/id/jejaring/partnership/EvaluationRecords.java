package id.jejaring.partnership;

import java.util.UUID;

/**
 * What the lifecycle asks the evaluation module: is there a joint evaluation for the
 * cycle (the monitoring-and-evaluation gate)? Without an implementation that gate
 * refuses.
 */
public interface EvaluationRecords {

	boolean hasJointEvaluation(UUID partnershipId, int cycle);

}
