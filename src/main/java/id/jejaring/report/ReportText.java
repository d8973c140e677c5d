package id.jejaring.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Indonesian dates, numbers and amounts for the report, which is rendered outside a web
 * request and so cannot use the pages' helpers.
 */
public final class ReportText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
			PartnershipReports.INDONESIAN);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy",
			PartnershipReports.INDONESIAN);

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

	/** A rating with one decimal after the Indonesian decimal comma, such as 3,8. */
	public String rating(Double value) {
		return (value != null) ? String.format(PartnershipReports.INDONESIAN, "%.1f", value) : "–";
	}

	/** "1 Maret 2026". */
	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/**
	 * A monitoring period by its first day: "Maret 2026" for a month, "Triwulan I 2026"
	 * for a quarter.
	 */
	public String period(id.jejaring.evaluation.Cadence cadence, LocalDate start) {
		if (start == null) {
			return "";
		}
		if (cadence == id.jejaring.evaluation.Cadence.QUARTERLY) {
			String[] roman = { "I", "II", "III", "IV" };
			return "Triwulan " + roman[(start.getMonthValue() - 1) / 3] + " " + start.getYear();
		}
		return month(start);
	}

	/** "Maret 2026". */
	public String month(LocalDate date) {
		return (date != null) ? MONTH.format(date) : "";
	}

}
