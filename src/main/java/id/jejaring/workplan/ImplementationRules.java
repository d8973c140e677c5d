package id.jejaring.workplan;

import java.time.LocalDate;

/**
 * The implementation's rules, without the database.
 * <ul>
 * <li>Effective status: done and cancelled stay as they are; any other activity is late
 * once today is after its planned end, and a planned activity is late once today is after
 * its planned start (it should be running by then).</li>
 * </ul>
 */
public final class ImplementationRules {

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

}
