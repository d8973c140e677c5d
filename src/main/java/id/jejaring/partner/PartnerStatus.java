package id.jejaring.partner;

/**
 * Where the institution stands with a partner. A former partner is still listed; only
 * archiving hides a record.
 */
public enum PartnerStatus {

	CANDIDATE, ACTIVE, FORMER;

	public String messageKey() {
		return "partner.status." + name();
	}

}
