package id.jejaring.partner;

/**
 * What a contact person does in the partnership.
 */
public enum ContactRole {

	DECISION_MAKER, LIAISON, SIGNATORY;

	public String messageKey() {
		return "contact.role." + name();
	}

}
