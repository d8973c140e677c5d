package id.jejaring.agreement;

import java.util.ArrayList;
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
 * What the agreements register shows beside the agreements themselves, read in grouped
 * queries rather than one per row: the parties' names, the partnerships' titles, and the
 * partners that appear as parties (the partner filter's choices).
 */
@Service
@Transactional(readOnly = true)
public class AgreementRegister {

	private final AgreementRegisterQueries queries;

	AgreementRegister(AgreementRegisterQueries queries) {
		this.queries = queries;
	}

	/** The parties of each agreement in their order, by agreement id. */
	@PreAuthorize(Access.READ)
	public Map<UUID, List<PartyName>> parties(Collection<UUID> agreementIds) {
		Map<UUID, List<PartyName>> parties = new LinkedHashMap<>();
		if (agreementIds.isEmpty()) {
			return parties;
		}
		for (Object[] row : this.queries.parties(agreementIds)) {
			parties.computeIfAbsent((UUID) row[0], (id) -> new ArrayList<>())
				.add(new PartyName((UUID) row[1], (String) row[2]));
		}
		return parties;
	}

	/** The title of each agreement's partnership, by agreement id. */
	@PreAuthorize(Access.READ)
	public Map<UUID, String> partnershipTitles(Collection<UUID> agreementIds) {
		Map<UUID, String> titles = new LinkedHashMap<>();
		if (!agreementIds.isEmpty()) {
			this.queries.partnershipTitles(agreementIds).forEach((row) -> titles.put((UUID) row[0], (String) row[1]));
		}
		return titles;
	}

	/** The partners named as a party in any agreement, by name. */
	@PreAuthorize(Access.READ)
	public List<PartyName> partners() {
		return this.queries.partners().stream().map((row) -> new PartyName((UUID) row[0], (String) row[1])).toList();
	}

	/**
	 * A party as the register shows it: the partner (none for the institution itself) and
	 * the name written in the agreement.
	 */
	public record PartyName(UUID partnerId, String name) {

		/** Whether this party is the institution itself. */
		public boolean isInstitution() {
			return this.partnerId == null;
		}

	}

}
