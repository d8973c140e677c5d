package id.jejaring.workplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import id.jejaring.workplan.WorkPlanRules;

/**
 * Turns the forms' typed text into values once the patterns have passed: a party field is
 * empty for the institution or a partner's id; amounts may be written with Indonesian
 * thousands dots.
 */
final class PlanInput {

	static final String PARTY = "^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	static final String AMOUNT = "^\\s*[0-9][0-9.]{0,18}\\s*$";

	static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

	private PlanInput() {
	}

	static UUID party(String value) {
		return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
	}

	static String party(UUID value) {
		return (value != null) ? value.toString() : "";
	}

	/**
	 * A whole amount; anything too long to be real becomes one more than the limit, which
	 * the rules refuse.
	 */
	static long amount(String value) {
		String digits = value.strip().replace(".", "");
		return (digits.length() > 13) ? WorkPlanRules.MAX_RUPIAH + 1 : Long.parseLong(digits);
	}

	/**
	 * A date as the browser's date field sends it, or {@code null} when it is no real
	 * day.
	 */
	static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
