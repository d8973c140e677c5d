package id.jejaring.partner;

/**
 * A partner is an organisation or a person (a village head, a community figure).
 */
public enum PartnerKind {

	ORGANISATION, PERSON;

	public String messageKey() {
		return "partner.kind." + name();
	}

}
