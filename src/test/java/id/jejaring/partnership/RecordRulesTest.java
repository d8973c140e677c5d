package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of interactions, analyses and explorations that need no database. */
class RecordRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static InteractionDetails interaction(LocalDate on, String action, LocalDate due, UUID owner) {
		return new InteractionDetails(UUID.randomUUID(), null, on, InteractionKind.PHONE, InteractionApproach.INFORMAL,
				null, null, null, action, due, owner, List.of());
	}

	static List<String> codes(Errors errors) {
		return errors.getFieldErrors().stream().map((e) -> e.getField() + ":" + e.getCode()).toList();
	}

	static Errors errors() {
		return new MapBindingResult(new HashMap<>(), "form");
	}

	@Test
	void anInteractionHappenedOnAKnownDateNotInTheFuture() {
		Errors errors = errors();
		InteractionRules.check(interaction(TODAY, null, null, null), TODAY, errors);
		assertThat(errors.hasErrors()).isFalse();
		errors = errors();
		InteractionRules.check(interaction(TODAY.plusDays(1), null, null, null), TODAY, errors);
		assertThat(codes(errors)).containsExactly("occurredOn:validation.interaction.dateFuture");
		errors = errors();
		InteractionRules.check(interaction(null, null, null, null), TODAY, errors);
		assertThat(codes(errors)).containsExactly("occurredOn:validation.interaction.date");
	}

	@Test
	void aFollowUpDateOrOwnerNeedsTheAction() {
		Errors errors = errors();
		InteractionRules.check(interaction(TODAY, " ", TODAY.plusDays(3), null), TODAY, errors);
		assertThat(codes(errors)).containsExactly("followUpAction:validation.interaction.followUpAction");
		errors = errors();
		InteractionRules.check(interaction(TODAY, null, null, UUID.randomUUID()), TODAY, errors);
		assertThat(codes(errors)).containsExactly("followUpAction:validation.interaction.followUpAction");
		errors = errors();
		// an overdue date is allowed: old interactions are logged late
		InteractionRules.check(interaction(TODAY, "Kirim proposal", TODAY.minusDays(3), null), TODAY, errors);
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void aMissingKindOrApproachIsNamed() {
		Errors errors = errors();
		InteractionRules.check(
				new InteractionDetails(null, null, TODAY, null, null, null, null, null, null, null, null, null), TODAY,
				errors);
		assertThat(codes(errors)).containsExactly("kind:validation.interaction.kind",
				"approach:validation.interaction.approach");
	}

	static AnalysisDetails analysis(Integer commitment, AnalysisDecision decision, String reason) {
		return new AnalysisDetails("Sesuai", new AnalysisDetails.Score(commitment, null), null, null, null, true, null,
				true, null, null, decision, reason);
	}

	@Test
	void analysisScoresAreOneToFiveAndADecisionNeedsItsReason() {
		Errors errors = errors();
		AnalysisRules.check(analysis(5, AnalysisDecision.PROCEED, "Komitmen kuat"), errors);
		assertThat(errors.hasErrors()).isFalse();
		errors = errors();
		AnalysisRules.check(analysis(6, AnalysisDecision.HOLD, "  "), errors);
		assertThat(codes(errors)).containsExactly("commitmentScore:validation.analysis.score",
				"decisionReason:validation.analysis.decisionReason");
		errors = errors();
		// no decision yet: no reason needed, scores may be left out
		AnalysisRules.check(analysis(null, null, null), errors);
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void anExplorationWasHeldInAKnownFormat() {
		Errors errors = errors();
		ExplorationRules.check(new ExplorationDetails(TODAY, ExplorationFormat.AUDIENCE, null, null, null,
				ExplorationOutcome.AGREED_TO_PLAN, "Setuju"), TODAY, errors);
		assertThat(errors.hasErrors()).isFalse();
		errors = errors();
		ExplorationRules.check(new ExplorationDetails(TODAY.plusDays(2), null, null, null, null, null, "catatan"),
				TODAY, errors);
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
			.containsExactly("heldOn", "format", "outcome");
	}

}
