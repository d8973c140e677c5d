package id.jejaring.agreement;

import java.util.UUID;

import id.jejaring.partnership.AgreementRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the lifecycle's agreement questions: a draft holding every required article
 * (not terminated), and an agreement marked signed (which required the signed scan, every
 * party's signing day and the validity) that is not terminated.
 */
@Component
@Transactional(readOnly = true)
class AgreementGateRecords implements AgreementRecords {

	private final AgreementRepository agreements;

	AgreementGateRecords(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Override
	public boolean hasCompleteDraft(UUID partnershipId) {
		return this.agreements.findByPartnershipIdOrderByCreatedAtAsc(partnershipId)
			.stream()
			.anyMatch((a) -> a.getTerminatedOn() == null && a.missingRequiredClauses().isEmpty());
	}

	@Override
	public boolean isSigned(UUID partnershipId) {
		return this.agreements.findByPartnershipIdOrderByCreatedAtAsc(partnershipId)
			.stream()
			.anyMatch((a) -> a.getTerminatedOn() == null && a.getSignedAt() != null);
	}

}
