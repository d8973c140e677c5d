package id.jejaring.evaluation;

import java.time.LocalDate;

/**
 * How often a partnership is monitored: every calendar month or every calendar quarter. A
 * period is named by its first day.
 */
public enum Cadence {

	MONTHLY(1), QUARTERLY(3);

	private final int months;

	Cadence(int months) {
		this.months = months;
	}

	/** The first day of the period that contains the day. */
	public LocalDate periodStart(LocalDate day) {
		int month = ((day.getMonthValue() - 1) / this.months) * this.months + 1;
		return LocalDate.of(day.getYear(), month, 1);
	}

	/** Whether the day is the first day of one of this cadence's periods. */
	public boolean isPeriodStart(LocalDate day) {
		return day != null && periodStart(day).equals(day);
	}

	public LocalDate next(LocalDate periodStart) {
		return periodStart.plusMonths(this.months);
	}

	public LocalDate previous(LocalDate periodStart) {
		return periodStart.minusMonths(this.months);
	}

	/** The last day of the period starting on the day. */
	public LocalDate periodEnd(LocalDate periodStart) {
		return next(periodStart).minusDays(1);
	}

	public String messageKey() {
		return "evaluation.cadence." + name();
	}

}
