package id.jejaring.institution;

/**
 * Kind of course or training program: a regular course, PKK (Pendidikan Kecakapan Kerja,
 * job skills) or PKW (Pendidikan Kecakapan Wirausaha, entrepreneurship).
 */
public enum ProgramType {

	REGULAR_COURSE, PKK, PKW, OTHER;

	public String messageKey() {
		return "program.type." + name();
	}

}
