package id.jejaring.partnership;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;

/**
 * What the user records about a partnership: title, pattern, strategy, owner, year,
 * description, the partners with their roles, the needs addressed and the aspects
 * covered.
 */
public record PartnershipDetails(String title, PartnershipPattern pattern, PartnershipStrategy strategy, UUID ownerId,
		int year, String description, List<Party> parties, List<UUID> needIds, Set<NeedAspect> aspects) {

	public PartnershipDetails {
		parties = (parties != null) ? List.copyOf(parties) : List.of();
		needIds = (needIds != null) ? List.copyOf(needIds) : List.of();
		aspects = (aspects != null) ? Set.copyOf(aspects) : Set.of();
	}

	/**
	 * A partner taking part, with its role in the partnership (e.g. "penyedia tempat
	 * magang").
	 */
	public record Party(UUID partnerId, String role) {
	}

}
