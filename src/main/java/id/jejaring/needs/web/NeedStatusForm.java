package id.jejaring.needs.web;

import id.jejaring.needs.NeedStatus;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A change of a need's status; dropping takes a reason.
 */
public record NeedStatusForm(@NotNull(message = "{validation.need.status}") NeedStatus status,
		@Size(max = 500) String reason, long version) {

	void check(Errors errors) {
		if (this.status == NeedStatus.DROPPED && Texts.clean(this.reason) == null) {
			errors.rejectValue("reason", "validation.need.dropReason");
		}
	}

	String cleanReason() {
		return Texts.clean(this.reason);
	}

}
