package id.jejaring.followup;

/**
 * What the follow-up decided for the next year: continue as it is, continue with changes,
 * or stop.
 */
public enum DecisionOutcome {

	CONTINUE, CONTINUE_WITH_CHANGES, STOP;

	/** Whether a next cycle follows. */
	public boolean continues() {
		return this != STOP;
	}

	public String messageKey() {
		return "followup.outcome." + name();
	}

}
