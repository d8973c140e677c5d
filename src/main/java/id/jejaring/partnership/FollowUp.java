package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.UUID;

/** An open follow-up action for the dashboard: what, for which partner, when, by whom. */
public record FollowUp(UUID interactionId, UUID partnerId, String partnerName, UUID partnershipId, String action,
		LocalDate due, String ownerName, boolean overdue) {

}
