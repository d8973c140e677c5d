package id.jejaring.partnership;

/**
 * Whether a partnership is being worked on: active, on hold, completed or stopped. Only
 * an active partnership moves between stages.
 */
public enum PartnershipStatus {

	ACTIVE, ON_HOLD, COMPLETED, STOPPED;

	public boolean isClosed() {
		return this == COMPLETED || this == STOPPED;
	}

	public String messageKey() {
		return "partnership.status." + name();
	}

}
