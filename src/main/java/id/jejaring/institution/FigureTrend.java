package id.jejaring.institution;

import java.util.List;

import id.jejaring.institution.FigureCounts.Figure;
import id.jejaring.institution.FigureCounts.Rate;

/**
 * The institution's totals over consecutive recorded years (oldest first), with the
 * change of the latest year from the one before: what the charts and the dashboard show.
 */
public record FigureTrend(List<Integer> years, List<FigureCounts> counts) {

	public FigureTrend {
		years = List.copyOf(years);
		counts = List.copyOf(counts);
	}

	public boolean isEmpty() {
		return this.years.isEmpty();
	}

	public Integer latestYear() {
		return isEmpty() ? null : this.years.get(this.years.size() - 1);
	}

	public FigureCounts latest() {
		return isEmpty() ? null : this.counts.get(this.counts.size() - 1);
	}

	public FigureCounts previous() {
		return (this.counts.size() < 2) ? null : this.counts.get(this.counts.size() - 2);
	}

	public List<Integer> values(Figure figure) {
		return this.counts.stream().map((c) -> c.get(figure)).toList();
	}

	public List<Double> values(Rate rate) {
		return this.counts.stream().map((c) -> c.rate(rate)).toList();
	}

	/** Change of a figure in the latest year from the previous year, or null. */
	public Change change(Figure figure) {
		return (previous() != null) ? Change.between(previous().get(figure), latest().get(figure)) : null;
	}

	/** Change of a rate in percentage points, or null when either year has no rate. */
	public Change change(Rate rate) {
		if (previous() == null || previous().rate(rate) == null || latest().rate(rate) == null) {
			return null;
		}
		return Change.points(previous().rate(rate), latest().rate(rate));
	}

	/**
	 * A change from one year to the next: the difference, and for counts the difference
	 * as a share of the earlier value (null when that was zero).
	 */
	public record Change(double delta, Double percent) {

		static Change between(int before, int after) {
			Double percent = (before != 0) ? Math.round((after - before) * 1000.0 / before) / 10.0 : null;
			return new Change(after - before, percent);
		}

		static Change points(double before, double after) {
			return new Change(Math.round((after - before) * 10.0) / 10.0, null);
		}

		public boolean isFall() {
			return this.delta < 0;
		}

		public boolean isRise() {
			return this.delta > 0;
		}

		/** The difference as text with its sign, e.g. "+12", "-3" or "-2.5". */
		public String signedDelta() {
			String number = (this.delta == Math.rint(this.delta)) ? String.valueOf((long) this.delta)
					: String.valueOf(this.delta);
			return (this.delta > 0) ? "+" + number : number;
		}

		/** The percentage with its sign, e.g. "+12.5", or null. */
		public String signedPercent() {
			if (this.percent == null) {
				return null;
			}
			String number = (this.percent == Math.rint(this.percent)) ? String.valueOf(this.percent.longValue())
					: String.valueOf(this.percent);
			return (this.percent > 0) ? "+" + number : number;
		}

	}

}
