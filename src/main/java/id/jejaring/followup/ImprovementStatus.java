package id.jejaring.followup;

/** Where an improvement action stands. */
public enum ImprovementStatus {

	OPEN, IN_PROGRESS, DONE;

	public String messageKey() {
		return "followup.status." + name();
	}

}
