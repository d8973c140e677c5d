package id.jejaring.evaluation;

import java.util.UUID;

import id.jejaring.partnership.EvaluationRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the lifecycle's evaluation question: the institution's answers and at least one
 * partner's answers are saved for the cycle.
 */
@Component
@Transactional(readOnly = true)
class EvaluationGateRecords implements EvaluationRecords {

	private final JointEvaluationRepository evaluations;

	EvaluationGateRecords(JointEvaluationRepository evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public boolean hasJointEvaluation(UUID partnershipId, int cycle) {
		return this.evaluations.isJoint(partnershipId, cycle);
	}

}
