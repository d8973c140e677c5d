package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** When monitoring records are due. */
public final class MonitoringRules {

	/** How many past periods the record form offers. */
	static final int PERIODS_OFFERED = 8;

	private MonitoringRules() {
	}

	/** The start of the last period that has fully ended by the day. */
	public static LocalDate lastEndedPeriod(Cadence cadence, LocalDate today) {
		return cadence.previous(cadence.periodStart(today));
	}

	/**
	 * The first ended period without a record, when the latest record (by its period
	 * start, {@code null} when none) leaves one: with no record at all, the last ended
	 * period; otherwise the period after the latest record's, once it has ended.
	 */
	public static Optional<LocalDate> dueSince(Cadence cadence, LocalDate latestRecorded, LocalDate today) {
		LocalDate lastEnded = lastEndedPeriod(cadence, today);
		if (latestRecorded == null) {
			return Optional.of(lastEnded);
		}
		LocalDate following = cadence.next(cadence.periodStart(latestRecorded));
		return following.isAfter(lastEnded) ? Optional.empty() : Optional.of(following);
	}

	/** How many ended periods, from the first one due, have no record. */
	public static int periodsMissed(Cadence cadence, LocalDate latestRecorded, LocalDate today) {
		Optional<LocalDate> due = dueSince(cadence, latestRecorded, today);
		if (due.isEmpty()) {
			return 0;
		}
		int count = 0;
		for (LocalDate p = due.get(); !p.isAfter(lastEndedPeriod(cadence, today)); p = cadence.next(p)) {
			count++;
		}
		return count;
	}

	/**
	 * The periods a record may be written for: the current one and the ones before it,
	 * newest first.
	 */
	public static List<LocalDate> periodsOffered(Cadence cadence, LocalDate today) {
		List<LocalDate> periods = new ArrayList<>();
		LocalDate p = cadence.periodStart(today);
		for (int i = 0; i < PERIODS_OFFERED; i++) {
			periods.add(p);
			p = cadence.previous(p);
		}
		return periods;
	}

	/** A period may be recorded once it has started. */
	public static boolean recordable(Cadence cadence, LocalDate periodStart, LocalDate today) {
		return cadence.isPeriodStart(periodStart) && !periodStart.isAfter(today);
	}

}
