package id.jejaring.followup.web;

import id.jejaring.followup.CycleDecision;
import id.jejaring.followup.DecisionDetails;
import id.jejaring.followup.DecisionOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The cycle's decision as typed; whether the reason is needed is the rules' question
 * (asked in the controller, so the message sits beside the field).
 */
record DecisionForm(@Pattern(regexp = FollowUpInput.VERSION) String version,
		@NotBlank(message = "{validation.followup.outcome}") @Pattern(
				regexp = "^(CONTINUE|CONTINUE_WITH_CHANGES|STOP)$",
				message = "{validation.followup.outcome}") String outcome,
		@Size(max = 2000, message = "{validation.followup.text.long}") String reason) {

	static DecisionForm empty() {
		return new DecisionForm("0", "", "");
	}

	static DecisionForm of(CycleDecision decision) {
		return new DecisionForm(String.valueOf(decision.getVersion()), decision.getOutcome().name(),
				(decision.getReason() != null) ? decision.getReason() : "");
	}

	long expectedVersion() {
		return FollowUpInput.version(this.version);
	}

	DecisionDetails details() {
		return new DecisionDetails(DecisionOutcome.valueOf(this.outcome), FollowUpInput.text(this.reason));
	}

}
