package id.jejaring.institution.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.jejaring.shared.Texts;

/**
 * Conversions of typed form text (numbers, dates) after the form's patterns have checked
 * it, and the patterns themselves.
 */
final class FormValues {

	/** Blank, or a whole number 0 or more. */
	static final String WHOLE = "^\\s*$|^\\s*\\d{1,7}\\s*$";

	/** Blank, or a whole number more than 0. */
	static final String POSITIVE = "^\\s*$|^\\s*0*[1-9]\\d{0,6}\\s*$";

	/** Blank, or a score 1–5. */
	static final String SCORE = "^\\s*$|^\\s*[1-5]\\s*$";

	private FormValues() {
	}

	static Integer integer(String text) {
		String cleaned = Texts.clean(text);
		return (cleaned != null) ? Integer.valueOf(cleaned) : null;
	}

	static String text(Integer number) {
		return (number != null) ? number.toString() : null;
	}

	/** A date typed as yyyy-mm-dd (what a date input sends), or null when blank. */
	static LocalDate date(String text) {
		String cleaned = Texts.clean(text);
		return (cleaned != null) ? LocalDate.parse(cleaned) : null;
	}

	static boolean isDate(String text) {
		String cleaned = Texts.clean(text);
		if (cleaned == null) {
			return true;
		}
		try {
			LocalDate date = LocalDate.parse(cleaned);
			return date.getYear() >= 1990 && date.getYear() <= 2100;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
