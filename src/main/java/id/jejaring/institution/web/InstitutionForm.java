package id.jejaring.institution.web;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionProfile;
import id.jejaring.shared.IndonesianPhone;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The institution profile as edited in the form and sent to the API. Numbers the user
 * types are text here and checked by pattern: a record whose constructor fails to convert
 * a value cannot be shown again with the user's input and the message beside the field.
 */
public record InstitutionForm(@NotBlank @Size(max = 200) String name,
		@Pattern(regexp = "^$|^[A-Za-z0-9]{8}$", message = "{validation.npsn}") String npsn,
		@Size(max = 200) String legalBody, @Size(max = 500) String address, @Size(max = 13) String regionCode,
		@IndonesianPhone String phone, @IndonesianPhone String whatsapp, @Email @Size(max = 200) String email,
		@Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.url}") @Size(max = 200) String website,
		@Size(max = 150) String headName, @Pattern(regexp = YEAR, message = "{validation.year}") String foundedYear,
		@Pattern(regexp = "^$|^(A|B|C)$", message = "{validation.accreditationGrade}") String accreditationGrade,
		@Pattern(regexp = YEAR, message = "{validation.year}") String accreditationYear,
		@Size(max = 2000) String vision, @Size(max = 4000) String mission, @Size(max = 4000) String goals,
		long version) {

	static final String YEAR = "^\\s*$|^\\s*(19[4-9][0-9]|20[0-9][0-9])\\s*$";

	public static InstitutionForm of(Institution institution) {
		InstitutionProfile p = institution.profile();
		return new InstitutionForm(p.name(), p.npsn(), p.legalBody(), p.address(), p.regionCode(), p.phone(),
				p.whatsapp(), p.email(), p.website(), p.headName(), text(p.foundedYear()), p.accreditationGrade(),
				text(p.accreditationYear()), p.vision(), p.mission(), p.goals(), institution.getVersion());
	}

	/** The profile with blanks as null, phones as +62… and the NPSN in upper case. */
	public InstitutionProfile profile() {
		String cleanNpsn = Texts.clean(this.npsn);
		return new InstitutionProfile(this.name.trim(), (cleanNpsn != null) ? cleanNpsn.toUpperCase() : null,
				Texts.clean(this.legalBody), Texts.clean(this.address), Texts.clean(this.regionCode),
				Texts.phone(this.phone), Texts.phone(this.whatsapp), Texts.email(this.email), Texts.clean(this.website),
				Texts.clean(this.headName), number(this.foundedYear), Texts.clean(this.accreditationGrade),
				number(this.accreditationYear), Texts.clean(this.vision), Texts.clean(this.mission),
				Texts.clean(this.goals));
	}

	private static String text(Integer number) {
		return (number != null) ? number.toString() : null;
	}

	private static Integer number(String text) {
		String cleaned = Texts.clean(text);
		return (cleaned != null) ? Integer.valueOf(cleaned) : null;
	}

}
