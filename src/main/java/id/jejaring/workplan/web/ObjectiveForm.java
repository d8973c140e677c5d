package id.jejaring.workplan.web;

import id.jejaring.workplan.ObjectiveDetails;
import id.jejaring.workplan.PlanObjective;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An objective as typed, with the version it was read at when editing. */
record ObjectiveForm(@Pattern(regexp = "^[0-9]{0,18}$") String version,
		@NotBlank(message = "{validation.workplan.objective}") @Size(max = 2000,
				message = "{validation.workplan.objective.long}") String text,
		@Pattern(regexp = PlanInput.PARTY, message = "{validation.workplan.party}") String proposedBy) {

	static ObjectiveForm empty() {
		return new ObjectiveForm("0", "", "");
	}

	static ObjectiveForm of(PlanObjective objective) {
		return new ObjectiveForm(String.valueOf(objective.getVersion()), objective.getText(),
				PlanInput.party(objective.getProposedBy()));
	}

	long expectedVersion() {
		return (this.version == null || this.version.isBlank()) ? 0 : Long.parseLong(this.version);
	}

	ObjectiveDetails details() {
		return new ObjectiveDetails(this.text.strip(), PlanInput.party(this.proposedBy));
	}

}
