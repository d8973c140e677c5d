package id.jejaring.partnership;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
		// a blank choice in a form or a null in a JSON list is no choice, not an error
		needIds = (needIds != null) ? needIds.stream().filter(Objects::nonNull).distinct().toList() : List.of();
		aspects = (aspects != null) ? aspects.stream().filter(Objects::nonNull).collect(Collectors.toSet()) : Set.of();
	}

	/**
	 * A partner taking part, with its role in the partnership (e.g. "penyedia tempat
	 * magang").
	 */
	public record Party(UUID partnerId, String role) {
	}

}
