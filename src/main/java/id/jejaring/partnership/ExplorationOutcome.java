package id.jejaring.partnership;

/**
 * What came of an exploration: the partner agreed to plan together, wants time, or
 * declined.
 */
public enum ExplorationOutcome {

	AGREED_TO_PLAN, NEEDS_TIME, DECLINED;

	public String messageKey() {
		return "exploration.outcome." + name();
	}

}
