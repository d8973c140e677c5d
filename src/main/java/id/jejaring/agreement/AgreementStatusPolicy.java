package id.jejaring.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The status of an agreement from its dates and events, as of a day. Terminated and
 * superseded end everything; before signing it is a draft or ready to sign; once signed
 * it is not yet in force before its start, expired after its last day (the end date is
 * the last day in force), ending soon within the institution's warning window, else in
 * force. The register's status filter ({@link AgreementFilter}) states the same rules as
 * queries, so list and page agree.
 */
public final class AgreementStatusPolicy {

	private AgreementStatusPolicy() {
	}

	public static AgreementStatus statusOf(Facts facts, LocalDate today, int endingSoonDays) {
		if (facts.terminatedOn() != null) {
			return AgreementStatus.TERMINATED;
		}
		if (facts.superseded()) {
			return AgreementStatus.SUPERSEDED;
		}
		if (facts.signedAt() == null) {
			return (facts.readyAt() != null) ? AgreementStatus.READY_TO_SIGN : AgreementStatus.DRAFT;
		}
		if (facts.effectiveFrom() != null && today.isBefore(facts.effectiveFrom())) {
			return AgreementStatus.SIGNED;
		}
		if (facts.effectiveUntil() != null) {
			if (today.isAfter(facts.effectiveUntil())) {
				return AgreementStatus.EXPIRED;
			}
			if (!today.plusDays(endingSoonDays).isBefore(facts.effectiveUntil())) {
				return AgreementStatus.ENDING_SOON;
			}
		}
		return AgreementStatus.IN_FORCE;
	}

	/** What the status is computed from. */
	public record Facts(Instant readyAt, Instant signedAt, LocalDate effectiveFrom, LocalDate effectiveUntil,
			LocalDate terminatedOn, boolean superseded) {

		static Facts of(Agreement agreement) {
			return new Facts(agreement.getReadyAt(), agreement.getSignedAt(), agreement.getEffectiveFrom(),
					agreement.getEffectiveUntil(), agreement.getTerminatedOn(), agreement.getSupersededById() != null);
		}

	}

}
