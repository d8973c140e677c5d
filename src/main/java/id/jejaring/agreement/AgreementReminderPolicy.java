package id.jejaring.agreement;

import java.util.Collection;
import java.util.OptionalInt;

/**
 * Which expiry reminder is due for an agreement, from the days left until its last day in
 * force, the institution's lead times (e.g. 90, 30 and 7 days) and the leads already
 * sent. The due lead is the smallest one the days left have reached. If the job missed
 * runs (the server was down while 90 and 30 days passed), only that most urgent lead goes
 * out and the larger ones count as covered: a reminder never arrives less urgent than one
 * already sent (no “90 days” after “30 days”). Nothing is due before the largest lead or
 * once the agreement has expired.
 */
public final class AgreementReminderPolicy {

	private AgreementReminderPolicy() {
	}

	/**
	 * The lead time (in days) whose reminder should go out now, or empty.
	 * @param daysLeft days from today to the last day in force (0 on that day, negative
	 * after it)
	 * @param leads the lead times in days, in any order
	 * @param sent the lead times already sent for this agreement
	 */
	public static OptionalInt due(long daysLeft, Collection<Integer> leads, Collection<Integer> sent) {
		if (daysLeft < 0) {
			return OptionalInt.empty();
		}
		OptionalInt reached = leads.stream()
			.filter((lead) -> lead != null && daysLeft <= lead)
			.mapToInt(Integer::intValue)
			.min();
		if (reached.isEmpty()) {
			return OptionalInt.empty();
		}
		int lead = reached.getAsInt();
		boolean covered = sent.stream().anyMatch((done) -> done != null && done <= lead);
		return covered ? OptionalInt.empty() : reached;
	}

}
