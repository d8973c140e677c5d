package id.jejaring.evaluation;

/** The principles of a partnership that each party rates 1–5 in the joint evaluation. */
public enum Principle {

	SHARED_VISION, TRUST, MUTUAL_BENEFIT, EFFICIENCY_EFFECTIVENESS, TWO_WAY_COMMUNICATION, COMMITMENT;

	public String messageKey() {
		return "evaluation.principle." + name();
	}

}
