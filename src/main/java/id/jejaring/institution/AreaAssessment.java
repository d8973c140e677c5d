package id.jejaring.institution;

/**
 * One area of a self-assessment: strengths, weaknesses, a score 1–5 and a short reason
 * for it.
 */
public record AreaAssessment(String strengths, String weaknesses, int score, String reason) {

	public static final int MIN_SCORE = 1;

	public static final int MAX_SCORE = 5;

	public AreaAssessment {
		if (score < MIN_SCORE || score > MAX_SCORE) {
			throw new IllegalArgumentException("A score is 1 to 5");
		}
	}

}
