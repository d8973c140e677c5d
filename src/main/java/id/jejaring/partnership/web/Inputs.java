package id.jejaring.partnership.web;

import java.time.LocalDate;

import id.jejaring.shared.Texts;

import org.springframework.validation.Errors;

/** Dates and scores as typed: dates {@code yyyy-mm-dd} (the browser's date field). */
final class Inputs {

	static final String DATE = "^\\s*$|^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$";

	static final String SCORE = "^\\s*$|^\\s*[1-5]\\s*$";

	private Inputs() {
	}

	/** The date, or null when blank or not a valid date. */
	static LocalDate date(String text) {
		return Texts.date(text);
	}

	/** Rejects a date of the right shape that does not exist (2026-02-31). */
	static void checkDate(Errors errors, String field, String text) {
		if (Texts.clean(text) != null && !errors.hasFieldErrors(field) && date(text) == null) {
			errors.rejectValue(field, "validation.date");
		}
	}

	static Integer score(String text) {
		String cleaned = Texts.clean(text);
		return (cleaned != null && cleaned.matches("[1-5]")) ? Integer.valueOf(cleaned) : null;
	}

	static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	static String text(Integer score) {
		return (score != null) ? score.toString() : null;
	}

}
