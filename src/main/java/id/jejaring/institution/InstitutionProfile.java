package id.jejaring.institution;

/**
 * The editable profile of an institution, as one value (used by the form, the API and the
 * demo data).
 */
public record InstitutionProfile(String name, String npsn, String legalBody, String address, String regionCode,
		String phone, String whatsapp, String email, String website, String headName, Integer foundedYear,
		String accreditationGrade, Integer accreditationYear, String vision, String mission, String goals) {

	public static InstitutionProfile named(String name, String regionCode) {
		return new InstitutionProfile(name, null, null, null, regionCode, null, null, null, null, null, null, null,
				null, null, null, null);
	}

}
