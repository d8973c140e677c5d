package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user edits on an agreement: its title, the partner's own number, where and on
 * which day it is made, its validity, the parties with their signatories (at least two),
 * and the articles in order.
 */
public record AgreementDetails(String title, String partnerNumber, String place, LocalDate agreementDate,
		LocalDate effectiveFrom, LocalDate effectiveUntil, List<Party> parties, List<Clause> clauses) {

	public AgreementDetails {
		parties = (parties != null) ? List.copyOf(parties) : List.of();
		clauses = (clauses != null) ? List.copyOf(clauses) : List.of();
	}

	/**
	 * A party: a partner (or, with no partner id, the institution) and who signs for it.
	 */
	public record Party(UUID partnerId, String name, String signatoryName, String signatoryPosition) {

	}

}
