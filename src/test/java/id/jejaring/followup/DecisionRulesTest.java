package id.jejaring.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;

import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up's rules, without Spring. */
class DecisionRulesTest {

	private static Errors check(DecisionOutcome outcome, String reason) {
		Errors errors = new MapBindingResult(new HashMap<>(), "decision");
		DecisionRules.check(new DecisionDetails(outcome, reason), errors);
		return errors;
	}

	@Test
	void stoppingAndChangingNeedAReasonContinuingDoesNot() {
		assertThat(check(DecisionOutcome.CONTINUE, null).hasErrors()).isFalse();
		assertThat(check(DecisionOutcome.STOP, null).getFieldError("reason").getCode())
			.isEqualTo("validation.followup.reason");
		assertThat(check(DecisionOutcome.STOP, "  ").hasFieldErrors("reason")).isTrue();
		assertThat(check(DecisionOutcome.CONTINUE_WITH_CHANGES, null).hasFieldErrors("reason")).isTrue();
		assertThat(check(DecisionOutcome.STOP, "Mitra berhenti.").hasErrors()).isFalse();
		assertThat(check(null, null).hasFieldErrors("outcome")).isTrue();
		assertThat(check(DecisionOutcome.CONTINUE, "x".repeat(2001)).getFieldError("reason").getCode())
			.isEqualTo("validation.followup.text.long");
		assertThat(DecisionOutcome.STOP.continues()).isFalse();
		assertThat(DecisionOutcome.CONTINUE_WITH_CHANGES.continues()).isTrue();
	}

	@Test
	void anActionHasWhatAnOwnerAndADueDate() {
		Errors errors = new MapBindingResult(new HashMap<>(), "action");
		DecisionRules.check(new ImprovementActionDetails(" ", null, null, ImprovementStatus.OPEN, null), errors);
		assertThat(errors.getFieldErrors()).extracting((e) -> e.getField())
			.containsExactlyInAnyOrder("description", "ownerId", "dueOn");
		Errors fine = new MapBindingResult(new HashMap<>(), "action");
		DecisionRules.check(new ImprovementActionDetails("Desain baru", UUID.randomUUID(), LocalDate.of(2027, 1, 1),
				ImprovementStatus.OPEN, null), fine);
		assertThat(fine.hasErrors()).isFalse();
	}

	@Test
	void theDecisionIsTakenAtImprovementOrFollowUpWhileActive() {
		assertThat(DecisionRules.missingToDecide(Stage.IMPROVEMENT, PartnershipStatus.ACTIVE, false)).isEmpty();
		assertThat(DecisionRules.missingToDecide(Stage.FOLLOW_UP, PartnershipStatus.ACTIVE, false)).isEmpty();
		assertThat(DecisionRules.missingToDecide(Stage.MONITORING_EVALUATION, PartnershipStatus.ACTIVE, false))
			.containsExactly("followup.refused.stage");
		assertThat(DecisionRules.missingToDecide(Stage.FOLLOW_UP, PartnershipStatus.STOPPED, true))
			.containsExactly("followup.refused.notActive", "followup.refused.nextCycleStarted");
	}

	@Test
	void theNextCycleStartsFromFollowUpWithADecisionToContinue() {
		CycleDecision continuing = new CycleDecision(UUID.randomUUID(), 1);
		continuing.decide(new DecisionDetails(DecisionOutcome.CONTINUE, null), null, LocalDate.of(2026, 11, 1));
		CycleDecision stopping = new CycleDecision(UUID.randomUUID(), 1);
		stopping.decide(new DecisionDetails(DecisionOutcome.STOP, "Berhenti"), null, LocalDate.of(2026, 11, 1));
		assertThat(DecisionRules.missingToStartNextCycle(Stage.FOLLOW_UP, PartnershipStatus.ACTIVE, continuing))
			.isEmpty();
		assertThat(DecisionRules.missingToStartNextCycle(Stage.IMPROVEMENT, PartnershipStatus.ACTIVE, continuing))
			.containsExactly("followup.refused.notFollowUp");
		assertThat(DecisionRules.missingToStartNextCycle(Stage.FOLLOW_UP, PartnershipStatus.ACTIVE, null))
			.containsExactly("followup.refused.noContinueDecision");
		assertThat(DecisionRules.missingToStartNextCycle(Stage.FOLLOW_UP, PartnershipStatus.ACTIVE, stopping))
			.containsExactly("followup.refused.noContinueDecision");
		continuing.startedAs(UUID.randomUUID());
		assertThat(DecisionRules.missingToStartNextCycle(Stage.FOLLOW_UP, PartnershipStatus.ACTIVE, continuing))
			.containsExactly("followup.refused.nextCycleStarted");
	}

	@Test
	void anActionIsOverdueWhenNotDoneAfterItsDay() {
		ImprovementAction action = new ImprovementAction(UUID.randomUUID(), 1, new ImprovementActionDetails("Desain",
				UUID.randomUUID(), LocalDate.of(2026, 11, 20), ImprovementStatus.IN_PROGRESS, null));
		assertThat(action.isOverdue(LocalDate.of(2026, 11, 22))).isTrue();
		assertThat(action.isOverdue(LocalDate.of(2026, 11, 20))).isFalse();
		action.changeStatus(ImprovementStatus.DONE);
		assertThat(action.isOverdue(LocalDate.of(2026, 11, 22))).isFalse();
	}

}
