package id.jejaring.evaluation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The rules of the joint evaluation. */
public final class EvaluationRules {

	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 5;

	private EvaluationRules() {
	}

	/**
	 * A cycle's evaluation is joint when the institution ({@code null}) and at least one
	 * partner have saved their answers (each complete when saved).
	 * @param answered the parties with saved answers, {@code null} for the institution
	 */
	public static boolean isJoint(Collection<UUID> answered) {
		return answered.stream().anyMatch(Objects::isNull) && answered.stream().anyMatch(Objects::nonNull);
	}

	/** The mean of the ratings, rounded to one decimal; 0 for none. */
	public static double average(Collection<Integer> ratings) {
		if (ratings.isEmpty()) {
			return 0;
		}
		double mean = ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
		return Math.round(mean * 10) / 10.0;
	}

	public static boolean validRating(int rating) {
		return rating >= MIN_RATING && rating <= MAX_RATING;
	}

	/** Every principle rated once, each 1–5. */
	public static boolean ratingsComplete(List<EvaluationDetails.Rating> ratings) {
		Set<Principle> rated = ratings.stream().map(EvaluationDetails.Rating::principle).collect(Collectors.toSet());
		return ratings.size() == Principle.values().length && rated.equals(EnumSet.allOf(Principle.class))
				&& ratings.stream().allMatch((r) -> validRating(r.rating()));
	}

	/**
	 * An answer that differs from what the records suggest needs a note saying why (no
	 * suggestion: any answer stands without one).
	 */
	public static boolean noteNeeded(Boolean suggested, boolean answered, String note) {
		return suggested != null && suggested != answered && (note == null || note.isBlank());
	}

}
