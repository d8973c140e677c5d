package id.jejaring.institution;

/**
 * The four areas that decide an institution's strength: its people (SDM), facilities
 * (sarana-prasarana), programs, and graduates (lulusan).
 */
public enum AssessmentArea {

	HUMAN_RESOURCES("hr"), FACILITIES("facilities"), PROGRAMS("programs"), GRADUATES("graduates");

	private final String prefix;

	AssessmentArea(String prefix) {
		this.prefix = prefix;
	}

	/** Prefix of the area's fields in forms and columns, e.g. {@code hrScore}. */
	public String prefix() {
		return this.prefix;
	}

	public String messageKey() {
		return "selfAssessment.area." + name();
	}

}
