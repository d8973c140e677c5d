package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the user records about an interaction with a partner. */
public record InteractionDetails(UUID partnerId, UUID partnershipId, LocalDate occurredOn, InteractionKind kind,
		InteractionApproach approach, String purpose, String summary, String outcome, String followUpAction,
		LocalDate followUpDue, UUID followUpOwnerId, List<UUID> contactIds) {

	public InteractionDetails {
		contactIds = (contactIds != null) ? List.copyOf(contactIds) : List.of();
	}

}
