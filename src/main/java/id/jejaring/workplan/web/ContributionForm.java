package id.jejaring.workplan.web;

import id.jejaring.workplan.ContributionDetails;
import id.jejaring.workplan.ContributionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A party's contribution as typed: cash or a kind in kind, with its value in rupiah. */
record ContributionForm(@Pattern(regexp = PlanInput.PARTY, message = "{validation.workplan.party}") String party,
		@NotBlank(message = "{validation.workplan.kind}") @Pattern(
				regexp = "^(CASH|EQUIPMENT|ROOMS|INSTRUCTOR_HOURS|INTERNSHIP_PLACES|OTHER_IN_KIND)$",
				message = "{validation.workplan.kind}") String kind,
		@NotBlank(message = "{validation.workplan.contributionDescription}") @Size(max = 500,
				message = "{validation.workplan.text.long}") String description,
		@NotBlank(message = "{validation.workplan.contributionValue}") @Pattern(regexp = PlanInput.AMOUNT,
				message = "{validation.workplan.contributionValue}") String value) {

	static ContributionForm empty() {
		return new ContributionForm("", "CASH", "", "");
	}

	ContributionDetails details() {
		return new ContributionDetails(PlanInput.party(this.party), ContributionKind.valueOf(this.kind),
				this.description.strip(), PlanInput.amount(this.value));
	}

}
