package id.jejaring.partnership;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.shared.Access;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the partnership lists show beside each row and that the entity loads lazily: the
 * parties with the partners' names, for a whole page in one statement.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipRows {

	private final PartnershipPartyRepository parties;

	private final PartnershipRepository partnerships;

	PartnershipRows(PartnershipPartyRepository parties, PartnershipRepository partnerships) {
		this.parties = parties;
		this.partnerships = partnerships;
	}

	/** Partnership id → its title, in one statement (for panels listing a few rows). */
	@PreAuthorize(Access.READ)
	public Map<UUID, String> titles(Collection<UUID> partnershipIds) {
		Map<UUID, String> result = new LinkedHashMap<>();
		if (!partnershipIds.isEmpty()) {
			this.partnerships.findTitles(partnershipIds).forEach((row) -> result.put((UUID) row[0], (String) row[1]));
		}
		return result;
	}

	/**
	 * Partnership id → its parties (by partner name); partnerships without any are
	 * absent.
	 */
	@PreAuthorize(Access.READ)
	public Map<UUID, List<NamedParty>> parties(Collection<UUID> partnershipIds) {
		Map<UUID, List<NamedParty>> result = new LinkedHashMap<>();
		if (partnershipIds.isEmpty()) {
			return result;
		}
		for (Object[] row : this.parties.findNamedParties(partnershipIds)) {
			result.computeIfAbsent((UUID) row[0], (id) -> new java.util.ArrayList<>())
				.add(new NamedParty((UUID) row[1], (String) row[3], (String) row[2]));
		}
		return result;
	}

	/** A partner taking part, with its name and role. */
	public record NamedParty(UUID partnerId, String name, String role) {
	}

}
