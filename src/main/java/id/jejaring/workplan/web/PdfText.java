package id.jejaring.workplan.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Indonesian dates and amounts for the plan's PDF, which is rendered outside a web
 * request and so cannot reach the pages' helpers.
 */
public final class PdfText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("id"));

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

}
