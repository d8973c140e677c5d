package id.jejaring.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes an evaluation joint, complete answers, and averages. */
class EvaluationRulesTest {

	@Test
	void jointNeedsTheInstitutionAndAtLeastOnePartner() {
		UUID partner = UUID.randomUUID();
		assertThat(EvaluationRules.isJoint(List.of())).isFalse();
		assertThat(EvaluationRules.isJoint(Arrays.asList((UUID) null))).isFalse();
		assertThat(EvaluationRules.isJoint(List.of(partner))).isFalse();
		assertThat(EvaluationRules.isJoint(Arrays.asList(null, partner))).isTrue();
		assertThat(EvaluationRules.isJoint(Arrays.asList(partner, null, UUID.randomUUID()))).isTrue();
	}

	@Test
	void averagesAreRoundedToOneDecimal() {
		assertThat(EvaluationRules.average(List.of(4, 5, 5))).isEqualTo(4.7);
		assertThat(EvaluationRules.average(List.of(3, 4))).isEqualTo(3.5);
		assertThat(EvaluationRules.average(List.of())).isZero();
	}

	@Test
	void everyPrincipleIsRatedOnceFromOneToFive() {
		assertThat(EvaluationRules.ratingsComplete(ratings(4))).isTrue();
		assertThat(EvaluationRules.ratingsComplete(ratings(0))).isFalse();
		assertThat(EvaluationRules.ratingsComplete(ratings(6))).isFalse();
		assertThat(EvaluationRules.ratingsComplete(ratings(4).subList(0, 5))).isFalse();
		List<EvaluationDetails.Rating> twice = new ArrayList<>(ratings(4).subList(0, 5));
		twice.add(new EvaluationDetails.Rating(Principle.TRUST, 4, null));
		assertThat(EvaluationRules.ratingsComplete(twice)).isFalse();
	}

	@Test
	void anAnswerAgainstTheRecordsNeedsANote() {
		assertThat(EvaluationRules.noteNeeded(true, false, "")).isTrue();
		assertThat(EvaluationRules.noteNeeded(true, false, "Bentrok jadwal")).isFalse();
		assertThat(EvaluationRules.noteNeeded(true, true, null)).isFalse();
		assertThat(EvaluationRules.noteNeeded(null, false, null)).isFalse();
	}

	@Test
	void completeAnswersJudgeEveryPlanItem() {
		UUID activity = UUID.randomUUID();
		UUID indicator = UUID.randomUUID();
		Map<String, PrefillItem> items = Map.of(JointEvaluations.key(JudgmentKind.ACTIVITY, activity),
				new PrefillItem(JudgmentKind.ACTIVITY, activity, "Pelatihan", "rencana", true),
				JointEvaluations.key(JudgmentKind.INDICATOR, indicator),
				new PrefillItem(JudgmentKind.INDICATOR, indicator, "Peserta dilatih", "target 40", null));
		Errors errors = errors();
		JointEvaluations.check(
				new EvaluationDetails(false, "Jadwal bentrok", "Lulusan bekerja", ratings(4), List
					.of(new EvaluationDetails.Judgment(JudgmentKind.ACTIVITY, activity, null, null, false, null))),
				items, Set.of(), errors);
		assertThat(errors.getFieldErrors()).extracting((e) -> e.getField() + " " + e.getCode())
			.containsExactlyInAnyOrder("judgments[0].note validation.evaluation.note.needed",
					"judgments validation.evaluation.judgments");

		Errors more = errors();
		JointEvaluations.check(new EvaluationDetails(false, " ", "", ratings(9), List.of()), Map.of(), Set.of(), more);
		assertThat(more.getFieldErrors()).extracting((e) -> e.getField())
			.contains("hindrances", "benefits", "ratings[0].rating");

		Errors fine = errors();
		JointEvaluations.check(new EvaluationDetails(false, "Jadwal bentrok", "Lulusan bekerja", ratings(4),
				List.of(new EvaluationDetails.Judgment(JudgmentKind.ACTIVITY, activity, null, null, true, null),
						new EvaluationDetails.Judgment(JudgmentKind.INDICATOR, indicator, null, null, false, null))),
				items, Set.of(), fine);
		assertThat(fine.hasErrors()).isFalse();
	}

	static List<EvaluationDetails.Rating> ratings(int value) {
		return Arrays.stream(Principle.values()).map((p) -> new EvaluationDetails.Rating(p, value, null)).toList();
	}

	static Errors errors() {
		return new MapBindingResult(new HashMap<>(), "evaluation");
	}

}
