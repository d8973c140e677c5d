package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An institution's letter-number format, such as
 * {@code {seq}/{unit}/{kind}/{month}/{year}} giving {@code 012/LKP-TM/MoU/XI/2026}: the
 * sequence (three digits at least), the unit code, the kind's code, the month in Roman
 * numerals, and the year.
 */
public final class LetterNumberFormat {

	static final Set<String> FIELDS = Set.of("seq", "unit", "kind", "month", "year");

	private static final Pattern FIELD = Pattern.compile("\\{([^{}]*)}");

	private static final String[] ROMAN_MONTHS = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
			"XII" };

	private LetterNumberFormat() {
	}

	/** The month in Roman numerals, as Indonesian letter numbers write it. */
	public static String romanMonth(int month) {
		return ROMAN_MONTHS[month - 1];
	}

	/** The message key of what is wrong with a format, or null when it can be used. */
	public static String problem(String format) {
		if (format == null || format.isBlank()) {
			return "validation.agreement.numberFormat.blank";
		}
		if (!format.contains("{seq}")) {
			return "validation.agreement.numberFormat.seq";
		}
		Matcher matcher = FIELD.matcher(format);
		while (matcher.find()) {
			if (!FIELDS.contains(matcher.group(1))) {
				return "validation.agreement.numberFormat.field";
			}
		}
		String rest = FIELD.matcher(format).replaceAll("");
		if (rest.contains("{") || rest.contains("}")) {
			return "validation.agreement.numberFormat.field";
		}
		return null;
	}

	public static String format(String format, int seq, String unit, AgreementKind kind, LocalDate date) {
		Matcher matcher = FIELD.matcher(format);
		StringBuilder number = new StringBuilder();
		while (matcher.find()) {
			String value = switch (matcher.group(1)) {
				case "seq" -> String.format("%03d", seq);
				case "unit" -> unit;
				case "kind" -> kind.code();
				case "month" -> romanMonth(date.getMonthValue());
				case "year" -> String.valueOf(date.getYear());
				default -> matcher.group();
			};
			matcher.appendReplacement(number, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(number);
		return number.toString();
	}

}
