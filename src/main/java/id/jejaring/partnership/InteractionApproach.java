package id.jejaring.partnership;

/** How the partner was approached: personally, informally or formally (pendekatan). */
public enum InteractionApproach {

	PERSONAL, INFORMAL, FORMAL;

	public String messageKey() {
		return "interaction.approach." + name();
	}

}
