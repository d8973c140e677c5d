package id.jejaring.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * One party's answers in the joint evaluation, complete: what hindered and why, the
 * benefits felt, a rating per principle and a judgment per activity and indicator.
 */
public record EvaluationDetails(boolean onBehalf, String hindrances, String benefits, List<Rating> ratings,
		List<Judgment> judgments) {

	/** A rating 1–5 of a principle, with a note. */
	public record Rating(Principle principle, int rating, String note) {
	}

	/**
	 * Whether an activity ran to plan or an indicator was reached, with the item's label
	 * and the facts the records showed (copied, so the answer outlives plan edits).
	 */
	public record Judgment(JudgmentKind kind, UUID itemId, String label, String facts, boolean asPlanned, String note) {
	}

}
