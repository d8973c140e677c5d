package id.jejaring.partnership;

import java.util.UUID;

/**
 * What the lifecycle asks the evaluation module (a later module implements it): is there
 * a joint evaluation for the cycle (monitoring-and-evaluation gate), and a decision to
 * continue or stop (improvement gate)? Without an implementation those gates refuse.
 */
public interface EvaluationRecords {

	boolean hasJointEvaluation(UUID partnershipId, int cycle);

	boolean hasContinuationDecision(UUID partnershipId, int cycle);

}
