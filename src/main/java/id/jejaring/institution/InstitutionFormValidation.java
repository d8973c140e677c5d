package id.jejaring.institution;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks that need the database: a known region and an NPSN no other institution uses.
 * Shared by the HTML form, the API and the admin's "new institution" form.
 */
@Component
public class InstitutionFormValidation {

	private final Regions regions;

	private final InstitutionManagement institutions;

	InstitutionFormValidation(Regions regions, InstitutionManagement institutions) {
		this.regions = regions;
		this.institutions = institutions;
	}

	public void validate(String regionCode, String npsn, UUID institutionId, Errors errors, String prefix) {
		if (regionCode != null && !regionCode.isBlank() && !this.regions.exists(regionCode)) {
			errors.rejectValue(prefix + "regionCode", "validation.region");
		}
		if (npsn != null && !npsn.isBlank() && this.institutions.npsnTaken(npsn.trim().toUpperCase(), institutionId)) {
			errors.rejectValue(prefix + "npsn", "validation.npsnTaken");
		}
	}

}
