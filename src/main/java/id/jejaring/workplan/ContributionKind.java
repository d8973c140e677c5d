package id.jejaring.workplan;

/**
 * What a party brings to an activity: cash, or one of the kinds of contribution in kind.
 */
public enum ContributionKind {

	CASH, EQUIPMENT, ROOMS, INSTRUCTOR_HOURS, INTERNSHIP_PLACES, OTHER_IN_KIND;

	public boolean isCash() {
		return this == CASH;
	}

	public String messageKey() {
		return "workplan.contribution." + name();
	}

}
