package id.jejaring.partnership;

/**
 * The eleven stages of a partnership (langkah-langkah kemitraan), in order. A partnership
 * moves forward one stage at a time through the gate of the stage it leaves, and back to
 * any earlier stage with a reason.
 */
public enum Stage {

	MAPPING, INFORMATION_GATHERING, ANALYSIS, EXPLORATION, JOINT_WORK_PLAN, AGREEMENT, SIGNING, IMPLEMENTATION,
	MONITORING_EVALUATION, IMPROVEMENT, FOLLOW_UP;

	/** 1 for mapping … 11 for follow-up. */
	public int number() {
		return ordinal() + 1;
	}

	/**
	 * The stage after this one, or null for follow-up (which starts a new cycle or
	 * closes).
	 */
	public Stage next() {
		return (this == FOLLOW_UP) ? null : values()[ordinal() + 1];
	}

	public boolean isBefore(Stage other) {
		return ordinal() < other.ordinal();
	}

	/**
	 * Whether moving forward from this stage is the manager's decision: the go/no-go
	 * after analysis, and the move into signing. Staff make the other moves.
	 */
	public boolean leavingNeedsManager() {
		return this == ANALYSIS || next() == SIGNING;
	}

	public String messageKey() {
		return "partnership.stage." + name();
	}

}
