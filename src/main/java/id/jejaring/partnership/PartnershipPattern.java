package id.jejaring.partnership;

/**
 * The patterns of partnership (pola kemitraan) from the source texts; each has a label
 * and a short description in the messages ({@code partnership.pattern.X} and
 * {@code partnership.pattern.X.description}).
 */
public enum PartnershipPattern {

	NURTURING, NUCLEUS_PLASMA, SUBCONTRACT, FRANCHISE, AGENCY, GENERAL_TRADE, OPERATIONAL_COOPERATION, FOSTER_PARENT,
	VENTURE_CAPITAL, CLUSTER, PARALLEL, FUTURISTIC, AS_NEEDED;

	public String messageKey() {
		return "partnership.pattern." + name();
	}

	public String descriptionKey() {
		return messageKey() + ".description";
	}

}
