package id.jejaring.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A renewal of the previous cycle's agreement onto this cycle, as chosen. */
record RenewalForm(@NotBlank @Pattern(regexp = FollowUpInput.UUID_OR_EMPTY) String agreementId,
		@Pattern(regexp = FollowUpInput.VERSION) String version,
		@NotBlank(message = "{validation.agreement.renewal}") @Pattern(regexp = "^(EXTENSION|ADDENDUM|REPLACEMENT)$",
				message = "{validation.agreement.renewal}") String renewal,
		@NotBlank(message = "{validation.agreement.effectiveFrom}") @Pattern(regexp = FollowUpInput.DATE_OR_EMPTY,
				message = "{validation.agreement.effectiveFrom}") String effectiveFrom,
		@NotBlank(message = "{validation.agreement.effectiveUntil}") @Pattern(regexp = FollowUpInput.DATE_OR_EMPTY,
				message = "{validation.agreement.effectiveUntil}") String effectiveUntil) {

}
