package id.jejaring.workplan;

/**
 * Where an activity stands. {@link #LATE} is never stored: it is the effective status
 * that {@link ImplementationRules#effectiveStatus} derives from the dates and today.
 */
public enum ActivityStatus {

	PLANNED, RUNNING, DONE, LATE, CANCELLED;

	public String messageKey() {
		return "workplan.status." + name();
	}

}
