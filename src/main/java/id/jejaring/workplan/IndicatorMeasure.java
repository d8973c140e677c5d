package id.jejaring.workplan;

/**
 * The figures LKPs are judged by, each with its unit; an indicator of the institution's
 * own has no measure but a name and unit of its own.
 */
public enum IndicatorMeasure {

	PARTICIPANTS_TRAINED(false), INTERNSHIPS(false), GRADUATES_CERTIFIED(false), GRADUATES_PLACED(false),
	JOB_ORDERS(false), FUNDS_RECEIVED(true), EQUIPMENT_RECEIVED(false), INSTRUCTOR_HOURS(false),
	PRODUCTS_MARKETED(false);

	private final boolean rupiah;

	IndicatorMeasure(boolean rupiah) {
		this.rupiah = rupiah;
	}

	/** Whether the figure is an amount of money (whole rupiah) rather than a count. */
	public boolean isRupiah() {
		return this.rupiah;
	}

	public String messageKey() {
		return "workplan.measure." + name();
	}

}
