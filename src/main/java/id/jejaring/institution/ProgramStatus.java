package id.jejaring.institution;

public enum ProgramStatus {

	ACTIVE, PLANNED, PAUSED;

	public String messageKey() {
		return "program.status." + name();
	}

}
