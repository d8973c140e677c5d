package id.jejaring.partnership;

/**
 * What the gates look at, gathered for one partnership: counts of its parties, needs and
 * interactions, the state of its analyses and explorations, and the answers of the later
 * modules' records (false when no module answers yet).
 */
public record GateFacts(int partnerCount, int needCount, int interactionCount, int analysedPartnerCount,
		int decidedPartnerCount, boolean anyProceed, boolean sharedVision, boolean mutualNeed,
		boolean explorationRecorded, boolean explorationAgreed, boolean workPlanReady, boolean agreementDraftComplete,
		boolean agreementSigned, boolean jointEvaluation, boolean continuationDecision) {

}
