package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A monitoring record as entered: the period it covers (its first day, for the cadence)
 * and what was seen, with its follow-ups ({@code id} null for a new one).
 */
public record MonitoringDetails(Cadence cadence, LocalDate periodStart, String progress, String deviations,
		String problems, String solutions, List<FollowUpDetails> followUps) {

	public record FollowUpDetails(UUID id, String action, String owner, LocalDate dueOn, boolean done) {
	}

}
