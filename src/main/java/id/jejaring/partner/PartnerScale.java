package id.jejaring.partner;

/**
 * How large a partner is.
 */
public enum PartnerScale {

	SMALL, MEDIUM, LARGE;

	public String messageKey() {
		return "partner.scale." + name();
	}

}
