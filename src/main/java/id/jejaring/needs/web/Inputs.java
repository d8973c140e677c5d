package id.jejaring.needs.web;

import java.time.LocalDate;

import id.jejaring.shared.Texts;

/**
 * Numbers and dates as the user types them: whole numbers with optional thousands dots
 * ({@code 25.000.000}) and an optional minus (so a negative amount gets its own message
 * rather than a format error), dates as {@code yyyy-mm-dd} (the browser's date field).
 */
final class Inputs {

	static final String WHOLE_NUMBER = "^\\s*$|^\\s*-?\\s*[0-9]{1,3}(\\.?[0-9]{3}){0,4}\\s*$";

	static final String DATE = "^\\s*$|^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$";

	private Inputs() {
	}

	/**
	 * The number, or null when blank or not a number (the pattern check reports that).
	 */
	static Long number(String text) {
		String cleaned = Texts.clean(text);
		if (cleaned == null) {
			return null;
		}
		try {
			return Long.valueOf(cleaned.replace(".", "").replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static boolean isNegative(String text) {
		Long value = number(text);
		return value != null && value < 0;
	}

	/** The date, or null when blank or not a valid date. */
	static LocalDate date(String text) {
		return Texts.date(text);
	}

	static boolean isInvalidDate(String text) {
		return Texts.clean(text) != null && text.trim().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && date(text) == null;
	}

	/** Blank for null, else the number with thousands dots, as shown in a form. */
	static String text(Long value) {
		if (value == null) {
			return "";
		}
		String digits = Long.toString(Math.abs(value));
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append('.');
			}
			grouped.append(digits.charAt(i));
		}
		return ((value < 0) ? "-" : "") + grouped;
	}

}
