package id.jejaring.institution;

/**
 * The six figures of a year (for the whole institution or one program): participants
 * enrolled, graduates, graduates certified by a competence test, graduates placed in
 * jobs, graduates who started a business, and job orders received.
 */
public record FigureCounts(int enrolled, int graduates, int certified, int placed, int startedBusiness, int jobOrders) {

	public int get(Figure figure) {
		return switch (figure) {
			case ENROLLED -> this.enrolled;
			case GRADUATES -> this.graduates;
			case CERTIFIED -> this.certified;
			case PLACED -> this.placed;
			case STARTED_BUSINESS -> this.startedBusiness;
			case JOB_ORDERS -> this.jobOrders;
		};
	}

	/** Graduates placed in jobs per 100 graduates, or null without graduates. */
	public Double placementRate() {
		return rate(this.placed);
	}

	/** Graduates certified per 100 graduates, or null without graduates. */
	public Double certificationRate() {
		return rate(this.certified);
	}

	public Double rate(Rate rate) {
		return (rate == Rate.PLACEMENT) ? placementRate() : certificationRate();
	}

	private Double rate(int part) {
		return (this.graduates > 0) ? Math.round(part * 1000.0 / this.graduates) / 10.0 : null;
	}

	/** One of the six figures. */
	public enum Figure {

		ENROLLED("enrolled"), GRADUATES("graduates"), CERTIFIED("certified"), PLACED("placed"),
		STARTED_BUSINESS("startedBusiness"), JOB_ORDERS("jobOrders");

		private final String field;

		Figure(String field) {
			this.field = field;
		}

		/** The name of the figure's field in forms and JSON. */
		public String field() {
			return this.field;
		}

		public String messageKey() {
			return "figures." + this.field;
		}

	}

	/** A share of the graduates. */
	public enum Rate {

		PLACEMENT, CERTIFICATION;

		public String messageKey() {
			return "figures.rate." + name();
		}

	}

}
