package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;

/**
 * How the plan of a partnership's current cycle is going: its objectives, its activities
 * with their effective status (late is derived from the dates and today), progress and
 * evidence, and its indicators with the actual achieved so far (the sum of the values
 * recorded per month, each month's value being what was achieved in that month). Empty
 * lists when there is no plan yet.
 */
public record PlanProgress(UUID partnershipId, int cycle, List<String> objectives, List<Activity> activities,
		List<Indicator> indicators) {

	public PlanProgress {
		objectives = List.copyOf(objectives);
		activities = List.copyOf(activities);
		indicators = List.copyOf(indicators);
	}

	/**
	 * An activity as it stands: {@code status} is the effective status (may be
	 * {@link ActivityStatus#LATE}).
	 */
	public record Activity(UUID id, String description, NeedAspect aspect, LocalDate startsOn, LocalDate endsOn,
			LocalDate actualStart, LocalDate actualEnd, ActivityStatus status, int progress, String cancelReason,
			long budget, int evidenceCount, int verifiedEvidenceCount) {

		/** Done, and not finished after the planned end. */
		public boolean ranToPlan() {
			return this.status == ActivityStatus.DONE
					&& (this.actualEnd == null || !this.actualEnd.isAfter(this.endsOn));
		}

	}

	/**
	 * An indicator with its baseline, target and the actual achieved so far; rupiah
	 * figures are whole rupiah.
	 */
	public record Indicator(UUID id, IndicatorMeasure measure, String name, String unit, long baseline, long target,
			long actual, boolean rupiah) {

		public boolean reached() {
			return this.actual >= this.target;
		}

	}

}
