package id.jejaring.workplan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.validation.Errors;

/**
 * The implementation's rules, without the database.
 * <ul>
 * <li>Effective status: done and cancelled stay as they are; any other activity is late
 * once today is after its planned end, and a still planned activity is late once today is
 * after its planned start (it should be running by then).</li>
 * <li>Missing evidence: an activity that is not cancelled, has no evidence at all (in
 * whatever review state) and ended more than the institution's number of days ago; it
 * ended on its actual end when recorded, else on its planned end.</li>
 * <li>Behind target: the expected figure grows pro rata over the cycle's activity span
 * (first planned start to last planned end): expected = target × elapsed days / span
 * days. Before the span nothing is expected; after it, the whole target is.</li>
 * <li>Target vs actual: the actual as a whole percentage of the target (a target of 0 is
 * reached at once), not capped at 100.</li>
 * </ul>
 */
public final class ImplementationRules {

	/** How far ahead an activity's planned end counts as due soon. */
	public static final int DUE_SOON_DAYS = 14;

	public static final int MAX_MISSING_EVIDENCE_DAYS = 365;

	private ImplementationRules() {
	}

	/** The status to show on {@code today} for an activity with the stored status. */
	public static ActivityStatus effectiveStatus(ActivityStatus stored, LocalDate startsOn, LocalDate endsOn,
			LocalDate today) {
		if (stored == ActivityStatus.DONE || stored == ActivityStatus.CANCELLED) {
			return stored;
		}
		if (today.isAfter(endsOn) || (stored == ActivityStatus.PLANNED && today.isAfter(startsOn))) {
			return ActivityStatus.LATE;
		}
		return stored;
	}

	/**
	 * Whether an activity is flagged for having no evidence {@code days} after it ended.
	 */
	public static boolean missingEvidence(ActivityStatus stored, LocalDate endsOn, LocalDate actualEnd,
			int evidenceCount, LocalDate today, int days) {
		if (stored == ActivityStatus.CANCELLED || evidenceCount > 0) {
			return false;
		}
		LocalDate ended = (actualEnd != null) ? actualEnd : endsOn;
		return today.isAfter(ended.plusDays(days));
	}

	/** Whether an open activity's planned end falls within the next fortnight. */
	public static boolean dueSoon(ActivityStatus effective, LocalDate endsOn, LocalDate today) {
		return (effective == ActivityStatus.PLANNED || effective == ActivityStatus.RUNNING) && !endsOn.isBefore(today)
				&& !endsOn.isAfter(today.plusDays(DUE_SOON_DAYS));
	}

	/**
	 * The figure expected by {@code today} when the target is reached evenly over the
	 * span from {@code spanStart} to {@code spanEnd} (both inclusive), rounded down.
	 */
	public static long expectedByNow(long target, LocalDate spanStart, LocalDate spanEnd, LocalDate today) {
		if (spanStart == null || spanEnd == null || !today.isBefore(spanEnd)) {
			return target;
		}
		if (today.isBefore(spanStart)) {
			return 0;
		}
		long span = ChronoUnit.DAYS.between(spanStart, spanEnd) + 1;
		long elapsed = ChronoUnit.DAYS.between(spanStart, today) + 1;
		// targets are at most a trillion rupiah and spans a few thousand days: no
		// overflow
		return target * elapsed / span;
	}

	/** Whether the actual is below what is expected by today. */
	public static boolean behindTarget(long actual, long target, LocalDate spanStart, LocalDate spanEnd,
			LocalDate today) {
		return actual < expectedByNow(target, spanStart, spanEnd, today);
	}

	/** The actual as a whole percentage of the target, rounded down. */
	public static int percent(long actual, long target) {
		if (target <= 0) {
			return 100;
		}
		return (int) Math.min(Integer.MAX_VALUE, actual * 100 / target);
	}

	/** The percentage for a progress bar: 0 to 100. */
	public static int barPercent(long actual, long target) {
		return Math.max(0, Math.min(100, percent(actual, target)));
	}

	/**
	 * Checks a report on {@code today}, naming the form's fields: a stored status (not
	 * late), progress 0–100, actual dates not in the future and the end not before the
	 * start, and a reason when cancelled.
	 */
	public static void check(ActivityReport report, LocalDate today, Errors errors) {
		if (report.status() == null || report.status() == ActivityStatus.LATE) {
			errors.rejectValue("status", "validation.workplan.status");
		}
		if (report.progress() < 0 || report.progress() > 100) {
			errors.rejectValue("progress", "validation.workplan.progress");
		}
		if (report.actualStart() != null && report.actualStart().isAfter(today)) {
			errors.rejectValue("actualStart", "validation.workplan.future");
		}
		if (report.actualEnd() != null && report.actualEnd().isAfter(today)) {
			errors.rejectValue("actualEnd", "validation.workplan.future");
		}
		else if (report.actualStart() != null && report.actualEnd() != null
				&& report.actualEnd().isBefore(report.actualStart())) {
			errors.rejectValue("actualEnd", "validation.workplan.endsBeforeStart");
		}
		if (report.status() == ActivityStatus.CANCELLED
				&& (report.cancelReason() == null || report.cancelReason().isBlank())) {
			errors.rejectValue("cancelReason", "validation.workplan.cancelReason");
		}
		else if (report.cancelReason() != null && report.cancelReason().length() > 1000) {
			errors.rejectValue("cancelReason", "validation.workplan.tooLong", new Object[] { 1000 }, null);
		}
	}

}
