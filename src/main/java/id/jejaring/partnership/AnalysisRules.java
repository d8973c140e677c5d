package id.jejaring.partnership;

import org.springframework.validation.Errors;

/**
 * The rules of an analysis: each score is from 1 to 5 when given, and a decision comes
 * with its reason.
 */
final class AnalysisRules {

	private AnalysisRules() {
	}

	static void check(AnalysisDetails details, Errors errors) {
		score(errors, "commitmentScore", details.commitment());
		score(errors, "consistencyScore", details.consistency());
		score(errors, "seriousnessScore", details.seriousness());
		score(errors, "capabilityScore", details.capability());
		boolean reason = details.decisionReason() != null && !details.decisionReason().isBlank();
		if (details.decision() != null && !reason && !errors.hasFieldErrors("decisionReason")) {
			errors.rejectValue("decisionReason", "validation.analysis.decisionReason");
		}
	}

	private static void score(Errors errors, String field, AnalysisDetails.Score score) {
		Integer value = score.score();
		if (value != null && (value < 1 || value > 5) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.analysis.score");
		}
	}

}
