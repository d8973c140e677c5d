package id.jejaring.partnership;

import java.time.LocalDate;

/** What the user records about an exploration; see {@link Exploration}. */
public record ExplorationDetails(LocalDate heldOn, ExplorationFormat format, String attendees, String offered,
		String partnerResponse, ExplorationOutcome outcome, String outcomeNote) {
}
