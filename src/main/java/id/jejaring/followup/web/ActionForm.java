package id.jejaring.followup.web;

import id.jejaring.followup.ImprovementAction;
import id.jejaring.followup.ImprovementActionDetails;
import id.jejaring.followup.ImprovementStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An improvement action as typed, with the version it was read at when editing. */
record ActionForm(@Pattern(regexp = FollowUpInput.VERSION) String version,
		@NotBlank(message = "{validation.followup.description}") @Size(max = 2000,
				message = "{validation.followup.text.long}") String description,
		@NotBlank(message = "{validation.followup.owner}") @Pattern(regexp = FollowUpInput.UUID_OR_EMPTY,
				message = "{validation.followup.owner}") String ownerId,
		@NotBlank(message = "{validation.followup.dueOn}") @Pattern(regexp = FollowUpInput.DATE_OR_EMPTY,
				message = "{validation.followup.dueOn}") String dueOn,
		@Pattern(regexp = "^$|^(OPEN|IN_PROGRESS|DONE)$", message = "{validation.followup.status}") String status,
		@Size(max = 2000, message = "{validation.followup.text.long}") String note) {

	static ActionForm empty() {
		return new ActionForm("0", "", "", "", "OPEN", "");
	}

	static ActionForm of(ImprovementAction action) {
		return new ActionForm(String.valueOf(action.getVersion()), action.getDescription(),
				FollowUpInput.id(action.getOwnerId()), (action.getDueOn() != null) ? action.getDueOn().toString() : "",
				action.getStatus().name(), (action.getNote() != null) ? action.getNote() : "");
	}

	long expectedVersion() {
		return FollowUpInput.version(this.version);
	}

	/** The details, or {@code null} when the due date is no real day. */
	ImprovementActionDetails details() {
		return new ImprovementActionDetails(this.description.strip(), FollowUpInput.id(this.ownerId),
				FollowUpInput.date(this.dueOn), (this.status == null || this.status.isBlank()) ? ImprovementStatus.OPEN
						: ImprovementStatus.valueOf(this.status),
				FollowUpInput.text(this.note));
	}

}
