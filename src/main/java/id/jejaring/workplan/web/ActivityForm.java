package id.jejaring.workplan.web;

import id.jejaring.needs.NeedAspect;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.PlanActivity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An activity as typed: dates as the browser's date fields send them, the budget in
 * rupiah.
 */
record ActivityForm(@Pattern(regexp = "^[0-9]{0,18}$") String version,
		@NotBlank(message = "{validation.workplan.description}") @Size(max = 1000,
				message = "{validation.workplan.text.long}") String description,
		@NotBlank(message = "{validation.workplan.aspect}") @Pattern(
				regexp = "^(JOINT_PROGRAM|FACILITIES|FUNDS|STAFF|USE_OF_OUTPUTS)$",
				message = "{validation.workplan.aspect}") String aspect,
		@Pattern(regexp = PlanInput.PARTY, message = "{validation.workplan.party}") String responsible,
		@NotBlank(message = "{validation.workplan.date}") @Pattern(regexp = PlanInput.DATE,
				message = "{validation.workplan.date}") String startsOn,
		@NotBlank(message = "{validation.workplan.date}") @Pattern(regexp = PlanInput.DATE,
				message = "{validation.workplan.date}") String endsOn,
		@Size(max = 200, message = "{validation.workplan.text.long}") String place,
		@NotBlank(message = "{validation.workplan.rupiah}") @Pattern(regexp = PlanInput.AMOUNT,
				message = "{validation.workplan.rupiah}") String budget,
		@Pattern(regexp = PlanInput.PARTY, message = "{validation.workplan.party}") String proposedBy) {

	static ActivityForm empty() {
		return new ActivityForm("0", "", "", "", "", "", "", "0", "");
	}

	static ActivityForm of(PlanActivity activity) {
		return new ActivityForm(String.valueOf(activity.getVersion()), activity.getDescription(),
				activity.getAspect().name(), PlanInput.party(activity.getResponsiblePartnerId()),
				activity.getStartsOn().toString(), activity.getEndsOn().toString(), activity.getPlace(),
				String.valueOf(activity.getBudget()), PlanInput.party(activity.getProposedBy()));
	}

	long expectedVersion() {
		return (this.version == null || this.version.isBlank()) ? 0 : Long.parseLong(this.version);
	}

	/**
	 * The details, or {@code null} when a date is no real day (the caller names the
	 * field).
	 */
	ActivityDetails details() {
		var starts = PlanInput.date(this.startsOn);
		var ends = PlanInput.date(this.endsOn);
		if (starts == null || ends == null) {
			return null;
		}
		return new ActivityDetails(this.description.strip(), NeedAspect.valueOf(this.aspect),
				PlanInput.party(this.responsible), starts, ends, PlanInput.text(this.place),
				PlanInput.amount(this.budget), PlanInput.party(this.proposedBy));
	}

}
