package id.jejaring.shared;

/**
 * Small text helpers for form input.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * Trimmed text, or null when blank, so empty form fields are stored as "not filled".
	 */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * The date typed as yyyy-mm-dd (the browser's date field), or null when blank or not
	 * a real date (2026-02-31).
	 */
	public static java.time.LocalDate date(String value) {
		String cleaned = clean(value);
		if (cleaned == null) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(cleaned);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/** A phone number as +62…, or null when blank; assumes it was validated. */
	public static String phone(String value) {
		String cleaned = clean(value);
		return (cleaned == null) ? null : PhoneNumbers.normalize(cleaned).orElse(cleaned);
	}

	/** A lower-cased e-mail address, or null when blank. */
	public static String email(String value) {
		String cleaned = clean(value);
		return (cleaned == null) ? null : cleaned.toLowerCase(java.util.Locale.ROOT);
	}

}
