package id.jejaring.partnership;

import java.util.UUID;

/**
 * What the lifecycle asks the agreement module (implemented in {@code agreement}): is
 * there an agreement draft holding every required clause (the agreement gate and the
 * "agreement" condition), and is an agreement signed with its document and dates recorded
 * (the signing gate)? Without an implementation those gates refuse.
 */
public interface AgreementRecords {

	boolean hasCompleteDraft(UUID partnershipId);

	boolean isSigned(UUID partnershipId);

}
