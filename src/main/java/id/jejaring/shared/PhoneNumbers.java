package id.jejaring.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian phone numbers: accepts 08…, +62…, 62… (with spaces, dashes, dots or
 * brackets) and stores them as +62… so search, duplicates and WhatsApp links agree.
 */
public final class PhoneNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

	private static final Pattern NATIONAL_SIGNIFICANT = Pattern.compile("[1-9][0-9]{6,12}");

	private PhoneNumbers() {
	}

	/**
	 * @return the number as +62…, or empty when it is not an Indonesian number
	 */
	public static Optional<String> normalize(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(raw.trim()).replaceAll("");
		String national;
		if (digits.startsWith("+62")) {
			national = digits.substring(3);
		}
		else if (digits.startsWith("62")) {
			national = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			national = digits.substring(1);
		}
		else {
			return Optional.empty();
		}
		if (!NATIONAL_SIGNIFICANT.matcher(national).matches()) {
			return Optional.empty();
		}
		return Optional.of("+62" + national);
	}

	public static boolean isValid(String raw) {
		return normalize(raw).isPresent();
	}

	/**
	 * The wa.me address for a normalised number (digits only, no plus).
	 */
	public static String whatsAppLink(String normalized) {
		return "https://wa.me/" + normalized.replace("+", "");
	}

}
