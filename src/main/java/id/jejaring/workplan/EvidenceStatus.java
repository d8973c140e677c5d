package id.jejaring.workplan;

/** An evidence file's review: submitted, then verified or sent back by the manager. */
public enum EvidenceStatus {

	SUBMITTED, VERIFIED, RETURNED;

	public String messageKey() {
		return "workplan.evidenceStatus." + name();
	}

}
