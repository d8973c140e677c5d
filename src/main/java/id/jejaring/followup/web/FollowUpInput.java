package id.jejaring.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Turns the forms' typed text into values once the patterns have passed: dates as the
 * browser's date field sends them, ids, and whole numbers that may carry Indonesian
 * thousands dots.
 */
final class FollowUpInput {

	static final String UUID_OR_EMPTY = "^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	static final String DATE_OR_EMPTY = "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

	static final String AMOUNT = "^\\s*[0-9]{1,3}(\\.?[0-9]{3}){0,4}\\s*$";

	static final String VERSION = "^[0-9]{0,18}$";

	private FollowUpInput() {
	}

	static UUID id(String value) {
		return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
	}

	static String id(UUID value) {
		return (value != null) ? value.toString() : "";
	}

	/** A date, or {@code null} when empty or no real day. */
	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static long amount(String value) {
		return Long.parseLong(value.strip().replace(".", ""));
	}

	static long version(String value) {
		return (value == null || value.isBlank()) ? 0 : Long.parseLong(value);
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
