package id.jejaring.partnership;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageGatesTest {

	static final GateFacts NOTHING = new GateFacts(0, 0, 0, 0, 0, false, false, false, false, false, false, false,
			false, false, false);

	static final GateFacts EVERYTHING = new GateFacts(2, 1, 3, 2, 2, true, true, true, true, true, true, true, true,
			true, true);

	@Test
	void everyGateButFollowUpOpensWhenEverythingIsRecorded() {
		for (Stage stage : Stage.values()) {
			List<Missing> missing = StageGates.missingToLeave(stage, EVERYTHING);
			if (stage == Stage.FOLLOW_UP) {
				assertThat(keys(missing)).containsExactly("partnership.gate.followUp");
			}
			else {
				assertThat(missing).as(stage.name()).isEmpty();
			}
		}
	}

	@Test
	void mappingNeedsAPartnerAndANeed() {
		assertThat(keys(StageGates.missingToLeave(Stage.MAPPING, NOTHING))).containsExactly("partnership.gate.partner",
				"partnership.gate.need");
	}

	@Test
	void informationGatheringNeedsAnInteraction() {
		assertThat(keys(StageGates.missingToLeave(Stage.INFORMATION_GATHERING, NOTHING)))
			.containsExactly("partnership.gate.interaction");
	}

	@Test
	void analysisNeedsEveryPartnerDecidedAndOneToProceedWith() {
		GateFacts oneOfTwo = new GateFacts(2, 1, 1, 1, 1, true, false, false, false, false, false, false, false, false,
				false);
		List<Missing> missing = StageGates.missingToLeave(Stage.ANALYSIS, oneOfTwo);
		assertThat(keys(missing)).containsExactly("partnership.gate.analysis");
		assertThat(missing.get(0).arguments()).containsExactly(1, 2);
		GateFacts allDropped = new GateFacts(2, 1, 1, 2, 2, false, false, false, false, false, false, false, false,
				false, false);
		assertThat(keys(StageGates.missingToLeave(Stage.ANALYSIS, allDropped)))
			.containsExactly("partnership.gate.analysisProceed");
	}

	@Test
	void explorationNeedsAnOutcomeWhereThePartnerAgreed() {
		assertThat(keys(StageGates.missingToLeave(Stage.EXPLORATION, NOTHING)))
			.containsExactly("partnership.gate.exploration");
		GateFacts declined = new GateFacts(1, 1, 1, 1, 1, true, true, true, true, false, false, false, false, false,
				false);
		assertThat(keys(StageGates.missingToLeave(Stage.EXPLORATION, declined)))
			.containsExactly("partnership.gate.explorationAgreed");
	}

	@Test
	void signingNeedsACompleteDraftAndTheFourConditions() {
		GateFacts noVision = new GateFacts(1, 1, 1, 1, 1, true, false, true, true, true, true, true, false, false,
				false);
		assertThat(keys(StageGates.missingToLeave(Stage.AGREEMENT, noVision)))
			.containsExactly("partnership.condition.sharedVision.missing");
		assertThat(keys(StageGates.missingToLeave(Stage.AGREEMENT, NOTHING))).containsExactly(
				"partnership.gate.agreementDraft", "partnership.condition.parties.missing",
				"partnership.condition.sharedVision.missing", "partnership.condition.agreement.missing",
				"partnership.condition.mutualNeed.missing");
	}

	@Test
	void laterGatesRefuseUntilTheirRecordsExist() {
		assertThat(keys(StageGates.missingToLeave(Stage.JOINT_WORK_PLAN, NOTHING)))
			.containsExactly("partnership.gate.workPlan");
		assertThat(keys(StageGates.missingToLeave(Stage.SIGNING, NOTHING))).containsExactly("partnership.gate.signed");
		assertThat(StageGates.missingToLeave(Stage.IMPLEMENTATION, NOTHING)).isEmpty();
		assertThat(keys(StageGates.missingToLeave(Stage.MONITORING_EVALUATION, NOTHING)))
			.containsExactly("partnership.gate.evaluation");
		assertThat(keys(StageGates.missingToLeave(Stage.IMPROVEMENT, NOTHING)))
			.containsExactly("partnership.gate.decision");
	}

	@Test
	void theManagerDecidesTheMovePastAnalysisAndIntoSigning() {
		assertThat(Stage.values()).filteredOn(Stage::leavingNeedsManager)
			.containsExactly(Stage.ANALYSIS, Stage.AGREEMENT);
	}

	static List<String> keys(List<Missing> missing) {
		return missing.stream().map(Missing::messageKey).toList();
	}

}
