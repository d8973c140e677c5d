package id.jejaring.report;

import java.time.LocalDate;

import id.jejaring.evaluation.Cadence;
import id.jejaring.shared.DocumentText;

/** The document texts, plus the report's ratings and monitoring periods. */
public final class ReportText extends DocumentText {

	/** A rating with one decimal after the Indonesian decimal comma, such as 3,8. */
	public String rating(Double value) {
		return (value != null) ? String.format(PartnershipReports.INDONESIAN, "%.1f", value) : "–";
	}

	/**
	 * A monitoring period by its first day: "Maret 2026" for a month, "Triwulan I 2026"
	 * for a quarter.
	 */
	public String period(Cadence cadence, LocalDate start) {
		if (start == null) {
			return "";
		}
		if (cadence == Cadence.QUARTERLY) {
			String[] roman = { "I", "II", "III", "IV" };
			return "Triwulan " + roman[(start.getMonthValue() - 1) / 3] + " " + start.getYear();
		}
		return month(start);
	}

}
