package id.jejaring.needs;

/**
 * Where a need stands. Dropping one is the manager's decision and takes a reason.
 */
public enum NeedStatus {

	OPEN, IN_PROGRESS, FULFILLED, DROPPED;

	public boolean isActive() {
		return this == OPEN || this == IN_PROGRESS;
	}

	public String messageKey() {
		return "need.status." + name();
	}

}
