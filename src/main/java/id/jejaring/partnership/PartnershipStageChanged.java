package id.jejaring.partnership;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a partnership moves between stages, for other modules (engagement,
 * reporting) to react. {@code from} is null when the partnership was just created.
 */
public record PartnershipStageChanged(UUID institutionId, UUID partnershipId, Stage from, Stage to, boolean backward,
		Instant at) {
}
