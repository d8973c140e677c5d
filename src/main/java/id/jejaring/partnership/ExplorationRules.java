package id.jejaring.partnership;

import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * The rules of an exploration: it was held (a date, not in the future) in a known format,
 * and a note on the outcome comes with an outcome.
 */
final class ExplorationRules {

	private ExplorationRules() {
	}

	static void check(ExplorationDetails details, LocalDate today, Errors errors) {
		if (details.heldOn() == null) {
			reject(errors, "heldOn", "validation.exploration.date");
		}
		else if (details.heldOn().isAfter(today)) {
			reject(errors, "heldOn", "validation.exploration.dateFuture");
		}
		if (details.format() == null) {
			reject(errors, "format", "validation.exploration.format");
		}
		boolean note = details.outcomeNote() != null && !details.outcomeNote().isBlank();
		if (note && details.outcome() == null) {
			reject(errors, "outcome", "validation.exploration.outcome");
		}
	}

	private static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

}
