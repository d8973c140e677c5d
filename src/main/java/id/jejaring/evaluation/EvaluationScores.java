package id.jejaring.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import id.jejaring.partnership.PartnerEvaluationScores;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partner's mean principle rating (1–5) over every party's answers in the joint
 * evaluations of the partnerships the partner is a party of, in one query.
 */
@Component
@Transactional(readOnly = true)
class EvaluationScores implements PartnerEvaluationScores {

	private final JointEvaluationRepository evaluations;

	EvaluationScores(JointEvaluationRepository evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public Map<UUID, Double> averageByPartner() {
		Map<UUID, Double> averages = new HashMap<>();
		this.evaluations.averageByPartner()
			.forEach((row) -> averages.put((UUID) row[0], ((Number) row[1]).doubleValue()));
		return averages;
	}

}
