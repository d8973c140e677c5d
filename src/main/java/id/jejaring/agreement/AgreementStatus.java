package id.jejaring.agreement;

/**
 * Where an agreement stands, computed from its dates and events by
 * {@link AgreementStatusPolicy}, never typed in.
 */
public enum AgreementStatus {

	DRAFT, READY_TO_SIGN, SIGNED, IN_FORCE, ENDING_SOON, EXPIRED, TERMINATED, SUPERSEDED;

	/** In force, whether or not it ends soon. */
	public boolean inForce() {
		return this == IN_FORCE || this == ENDING_SOON;
	}

}
