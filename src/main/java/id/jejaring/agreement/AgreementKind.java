package id.jejaring.agreement;

/**
 * The kinds of agreement: the MoU (nota kesepahaman), a cooperation agreement (perjanjian
 * kerja sama, PKS) under an MoU, and an addendum to either. The code is what the letter
 * number shows.
 */
public enum AgreementKind {

	MOU("MoU"),

	PKS("PKS"),

	ADDENDUM("ADD");

	private final String code;

	AgreementKind(String code) {
		this.code = code;
	}

	/** The kind's part of the letter number. */
	public String code() {
		return this.code;
	}

	/** Whether an agreement of this kind may sit under one of the given parent kind. */
	public boolean mayHaveParent(AgreementKind parent) {
		return switch (this) {
			case MOU -> false;
			case PKS -> parent == MOU;
			case ADDENDUM -> parent == MOU || parent == PKS;
		};
	}

	/** Whether the kind must sit under a parent (an addendum amends something). */
	public boolean needsParent() {
		return this == ADDENDUM;
	}

}
