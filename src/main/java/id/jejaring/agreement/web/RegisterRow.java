package id.jejaring.agreement.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementRegister;
import id.jejaring.agreement.AgreementStatus;

/**
 * One agreement as the register and its export show it: the agreement, its computed
 * status, the partners among its parties, its partnership's title, the days left while it
 * stands signed, and the day it was signed (its agreement date).
 */
record RegisterRow(Agreement agreement, AgreementStatus status, List<AgreementRegister.PartyName> partners,
		String partnershipTitle, Long daysLeft, LocalDate signedOn) {

	static List<RegisterRow> of(List<Agreement> agreements, Map<UUID, List<AgreementRegister.PartyName>> parties,
			Map<UUID, String> partnershipTitles, LocalDate today, int endingSoonDays) {
		return agreements.stream().map((a) -> {
			AgreementStatus status = a.statusOn(today, endingSoonDays);
			boolean standing = a.getSignedAt() != null && a.getTerminatedOn() == null && a.getSupersededById() == null;
			Long daysLeft = (standing && a.getEffectiveUntil() != null && !a.getEffectiveUntil().isBefore(today))
					? ChronoUnit.DAYS.between(today, a.getEffectiveUntil()) : null;
			List<AgreementRegister.PartyName> partners = parties.getOrDefault(a.getId(), List.of())
				.stream()
				.filter((p) -> !p.isInstitution())
				.toList();
			return new RegisterRow(a, status, partners, partnershipTitles.get(a.getId()), daysLeft,
					(a.getSignedAt() != null) ? a.getAgreementDate() : null);
		}).toList();
	}

	public String partnerNames() {
		return String.join(", ", this.partners.stream().map(AgreementRegister.PartyName::name).toList());
	}

	/** The badge colour of the status. */
	public String badge() {
		return switch (this.status) {
			case IN_FORCE -> "text-bg-success";
			case ENDING_SOON -> "text-bg-warning";
			// the same colours as the agreement page's badge
			case READY_TO_SIGN -> "text-bg-info";
			case SIGNED -> "text-bg-primary";
			case EXPIRED -> "text-bg-danger";
			case TERMINATED -> "text-bg-dark";
			case DRAFT, SUPERSEDED -> "text-bg-secondary";
		};
	}

}
