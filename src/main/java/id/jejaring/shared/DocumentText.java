package id.jejaring.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Indonesian numbers, amounts and dates for the PDF documents (the work plan, the
 * partnership report), which are rendered outside a web request and so cannot reach the
 * pages' helpers.
 */
public class DocumentText {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN);

	/** "1.500.000". */
	public String number(long value) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0", symbols).format(value);
	}

	/** "Rp 1.500.000". */
	public String rupiah(long value) {
		return "Rp " + number(value);
	}

	/** "1 Maret 2026". */
	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** "Maret 2026". */
	public String month(LocalDate date) {
		return (date != null) ? MONTH.format(date) : "";
	}

}
