package id.jejaring.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The joint evaluation of a partnership's cycle as others read it (the follow-up module,
 * the API): each party's answers and, per principle, the average and each party's rating.
 * A party with {@code partnerId} null is the institution.
 *
 * @param joint whether the institution and at least one partner have answered
 * @param average the mean of every rating given, null when none
 */
public record EvaluationSummary(UUID partnershipId, int cycle, boolean joint, List<PartyAnswers> parties,
		List<PrincipleAverage> principles, Double average) {

	public boolean answered(UUID partnerId) {
		return this.parties.stream().anyMatch((p) -> java.util.Objects.equals(p.partnerId(), partnerId));
	}

	public PartyAnswers of(UUID partnerId) {
		return this.parties.stream()
			.filter((p) -> java.util.Objects.equals(p.partnerId(), partnerId))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The activities or indicators some party judged as not run to plan or not reached.
	 */
	public List<EvaluationDetails.Judgment> shortfalls() {
		return this.parties.stream().flatMap((p) -> p.judgments().stream()).filter((j) -> !j.asPlanned()).toList();
	}

	/**
	 * One party's answers.
	 *
	 * @param onBehalf recorded by the institution on the partner's behalf
	 */
	public record PartyAnswers(UUID evaluationId, long version, UUID partnerId, String name, boolean onBehalf,
			String hindrances, String benefits, List<EvaluationDetails.Rating> ratings, double average,
			List<EvaluationDetails.Judgment> judgments, Instant updatedAt, String updatedBy) {

		public boolean isInstitution() {
			return this.partnerId == null;
		}

	}

	/** A principle's average over the parties, and each party's rating with its note. */
	public record PrincipleAverage(Principle principle, double average, List<PartyRating> byParty) {
	}

	public record PartyRating(UUID partnerId, String name, int rating, String note) {
	}

}
