package id.jejaring.institution;

/**
 * Level of a program (dasar, menengah, mahir).
 */
public enum ProgramLevel {

	BASIC, INTERMEDIATE, ADVANCED;

	public String messageKey() {
		return "program.level." + name();
	}

}
