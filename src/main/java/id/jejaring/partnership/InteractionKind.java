package id.jejaring.partnership;

/** What kind of contact an interaction was (jenis interaksi). */
public enum InteractionKind {

	VISIT, MEETING, AUDIENCE, PRESENTATION, PHONE, WHATSAPP, EMAIL, FORMAL_LETTER, EVENT, GREETING, PROGRESS_REPORT;

	public String messageKey() {
		return "interaction.kind." + name();
	}

}
