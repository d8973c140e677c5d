package id.jejaring.partnership;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * The rules of an interaction that need no database: it has a date, not in the future
 * (the log records what happened; what is planned is a follow-up), a kind and an
 * approach; a follow-up date or owner comes with the action to follow up.
 */
final class InteractionRules {

	private InteractionRules() {
	}

	static void check(InteractionDetails details, LocalDate today, Errors errors) {
		if (details.occurredOn() == null) {
			reject(errors, "occurredOn", "validation.interaction.date");
		}
		else if (details.occurredOn().isAfter(today)) {
			reject(errors, "occurredOn", "validation.interaction.dateFuture");
		}
		if (details.kind() == null) {
			reject(errors, "kind", "validation.interaction.kind");
		}
		if (details.approach() == null) {
			reject(errors, "approach", "validation.interaction.approach");
		}
		boolean action = details.followUpAction() != null && !details.followUpAction().isBlank();
		if (!action && (details.followUpDue() != null || details.followUpOwnerId() != null)) {
			reject(errors, "followUpAction", "validation.interaction.followUpAction");
		}
	}

	private static void reject(Errors errors, String field, String code) {
		// the form may already say why (a date that could not be read)
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

}
