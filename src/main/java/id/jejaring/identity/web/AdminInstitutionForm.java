package id.jejaring.identity.web;

import id.jejaring.identity.AccountDetails;
import id.jejaring.institution.InstitutionProfile;
import id.jejaring.shared.IndonesianPhone;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The platform admin's form for a new institution and its first manager.
 */
record AdminInstitutionForm(@NotBlank @Size(max = 200) String name,
		@Pattern(regexp = "^$|^[A-Za-z0-9]{8}$", message = "{validation.npsn}") String npsn,
		@NotBlank(message = "{validation.region}") String regionCode,
		@NotBlank @Pattern(regexp = StaffForm.USERNAME_PATTERN,
				message = "{validation.username}") String managerUsername,
		@NotBlank @Size(max = 150) String managerFullName, @Email @Size(max = 200) String managerEmail,
		@IndonesianPhone String managerPhone) {

	static AdminInstitutionForm empty() {
		return new AdminInstitutionForm("", "", "", "", "", "", "");
	}

	InstitutionProfile profile() {
		String cleanNpsn = Texts.clean(this.npsn);
		InstitutionProfile named = InstitutionProfile.named(this.name.trim(), Texts.clean(this.regionCode));
		return new InstitutionProfile(named.name(), (cleanNpsn != null) ? cleanNpsn.toUpperCase() : null, null, null,
				named.regionCode(), null, null, null, null, null, null, null, null, null, null, null);
	}

	AccountDetails manager() {
		return new AccountDetails(this.managerFullName.trim(), Texts.email(this.managerEmail),
				Texts.phone(this.managerPhone));
	}

}
