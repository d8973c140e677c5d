package id.jejaring.agreement;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jejaring.partnership.AgreementRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the lifecycle's agreement questions, one query each: a draft holding every
 * required article (not terminated), and an agreement marked signed (which required the
 * signed scan, every party's signing day and the validity) that is not terminated.
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
		Map<UUID, Set<ClauseType>> stated = new HashMap<>();
		for (AgreementClause clause : this.agreements.liveClausesOf(partnershipId)) {
			if (clause.isStated()) {
				stated.computeIfAbsent(clause.getAgreementId(), (id) -> EnumSet.noneOf(ClauseType.class))
					.add(clause.getType());
			}
		}
		return stated.values().stream().anyMatch((types) -> types.containsAll(ClauseType.required()));
	}

	@Override
	public boolean isSigned(UUID partnershipId) {
		return this.agreements.anySignedLive(partnershipId);
	}

}
