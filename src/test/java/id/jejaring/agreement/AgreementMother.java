package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Agreements for tests: a draft from the clause library with signatories filled in, one
 * ready to sign, one signed with its scan and signatures (as the manager).
 */
@Component
public final class AgreementMother {

	/** The smallest PDF the scan check accepts. */
	public static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final PartnershipMother partnerships;

	private final Agreements agreements;

	public AgreementMother(PartnershipMother partnerships, Agreements agreements) {
		this.partnerships = partnerships;
		this.agreements = agreements;
	}

	public PartnershipMother partnerships() {
		return this.partnerships;
	}

	/**
	 * Draft details for the partnership, with every signatory and a one-year validity.
	 */
	public AgreementDetails details(UUID institution, Partnership partnership, AgreementKind kind, LocalDate from) {
		AgreementDetails draft = this.partnerships.as(institution,
				() -> this.agreements.newDraft(partnership.getId(), kind));
		List<AgreementDetails.Party> parties = new ArrayList<>();
		for (AgreementDetails.Party party : draft.parties()) {
			parties.add(new AgreementDetails.Party(party.partnerId(), party.name(), "Penanda Tangan " + parties.size(),
					"Direktur"));
		}
		return new AgreementDetails(draft.title(), null, "Bandung", null, from, from.plusYears(1).minusDays(1), parties,
				draft.clauses());
	}

	public Agreement draft(UUID institution) {
		Partnership partnership = this.partnerships.partnership(institution);
		return draft(institution, partnership, AgreementKind.MOU, null);
	}

	public Agreement draft(UUID institution, Partnership partnership, AgreementKind kind, UUID parentId) {
		AgreementDetails details = details(institution, partnership, kind, LocalDate.of(2026, 1, 1));
		return this.partnerships.as(institution,
				() -> this.agreements.draft(partnership.getId(), kind, parentId, details));
	}

	public Agreement ready(UUID institution) {
		Agreement draft = draft(institution);
		return this.partnerships.as(institution, () -> this.agreements.markReady(draft.getId(), draft.getVersion()));
	}

	/**
	 * A signed agreement valid from the given day for a year (less a day), as the
	 * manager.
	 */
	public Agreement signed(UUID institution, Partnership partnership, LocalDate from) {
		AgreementDetails details = details(institution, partnership, AgreementKind.MOU, from);
		return this.partnerships.as(institution, "ROLE_MANAGER", () -> {
			Agreement agreement = this.agreements.draft(partnership.getId(), AgreementKind.MOU, null, details);
			agreement = this.agreements.markReady(agreement.getId(), agreement.getVersion());
			this.agreements.uploadScan(agreement.getId(), "scan.pdf", PDF, DataSize.ofMegabytes(5));
			List<LocalDate> days = agreement.getParties().stream().map((p) -> from.minusDays(3)).toList();
			agreement = this.agreements.recordSignatures(agreement.getId(), agreement.getVersion(), days);
			return this.agreements.markSigned(agreement.getId(), agreement.getVersion());
		});
	}

}
