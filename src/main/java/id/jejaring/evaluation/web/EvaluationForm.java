package id.jejaring.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.evaluation.EvaluationDetails;
import id.jejaring.evaluation.JointEvaluation;
import id.jejaring.evaluation.JudgmentKind;
import id.jejaring.evaluation.PrefillItem;
import id.jejaring.evaluation.Principle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One party's evaluation answers as typed: a rating 1–5 with a note per principle, a
 * judgment per activity and indicator of the plan (yes/no with a note), what hindered and
 * the benefits felt.
 */
record EvaluationForm(@Pattern(regexp = "^[0-9]{0,18}$") String version,
		@NotBlank(message = "{validation.evaluation.hindrances}") @Size(max = 4000,
				message = "{validation.evaluation.long}") String hindrances,
		@NotBlank(message = "{validation.evaluation.benefits}") @Size(max = 4000,
				message = "{validation.evaluation.long}") String benefits,
		List<@Valid RatingRow> ratings, List<@Valid JudgmentRow> judgments) {

	EvaluationForm {
		ratings = (ratings != null) ? ratings : List.of();
		judgments = (judgments != null) ? judgments : List.of();
	}

	/**
	 * A new form: every principle unrated, every plan item with the records' suggestion.
	 */
	static EvaluationForm empty(List<PrefillItem> items) {
		List<RatingRow> ratings = new ArrayList<>();
		for (Principle p : Principle.values()) {
			ratings.add(new RatingRow(p.name(), "", ""));
		}
		List<JudgmentRow> judgments = items.stream()
			.map((i) -> new JudgmentRow(i.kind().name(), i.itemId().toString(),
					(i.suggested() != null) ? i.suggested().toString() : "", ""))
			.toList();
		return new EvaluationForm("0", "", "", ratings, judgments);
	}

	/** Saved answers, with plan items added since then to judge. */
	static EvaluationForm of(JointEvaluation evaluation, List<PrefillItem> items) {
		EvaluationDetails d = evaluation.details();
		List<RatingRow> ratings = new ArrayList<>();
		for (Principle p : Principle.values()) {
			ratings.add(d.ratings()
				.stream()
				.filter((r) -> r.principle() == p)
				.findFirst()
				.map((r) -> new RatingRow(p.name(), String.valueOf(r.rating()), (r.note() != null) ? r.note() : ""))
				.orElse(new RatingRow(p.name(), "", "")));
		}
		Map<String, JudgmentRow> rows = new LinkedHashMap<>();
		items.forEach((i) -> rows.put(i.kind() + ":" + i.itemId(), new JudgmentRow(i.kind().name(),
				i.itemId().toString(), (i.suggested() != null) ? i.suggested().toString() : "", "")));
		d.judgments()
			.forEach((j) -> rows.put(j.kind() + ":" + j.itemId(), new JudgmentRow(j.kind().name(),
					j.itemId().toString(), String.valueOf(j.asPlanned()), (j.note() != null) ? j.note() : "")));
		return new EvaluationForm(String.valueOf(evaluation.getVersion()), evaluation.getHindrances(),
				evaluation.getBenefits(), ratings, new ArrayList<>(rows.values()));
	}

	/**
	 * Whether a row index was skipped (a tampered or hand-made request): Spring fills the
	 * gap with null, which no field message can point at.
	 */
	boolean hasGaps() {
		// List.of() refuses contains(null), so ask every element
		return this.ratings.stream().anyMatch(java.util.Objects::isNull)
				|| this.judgments.stream().anyMatch(java.util.Objects::isNull);
	}

	long expectedVersion() {
		return (this.version == null || this.version.isBlank()) ? 0 : Long.parseLong(this.version);
	}

	/** The answers once the patterns have passed. */
	EvaluationDetails details(boolean onBehalf) {
		return new EvaluationDetails(onBehalf, this.hindrances, this.benefits,
				this.ratings.stream()
					.map((r) -> new EvaluationDetails.Rating(Principle.valueOf(r.principle()),
							Integer.parseInt(r.rating()), r.note()))
					.toList(),
				this.judgments.stream()
					.map((j) -> new EvaluationDetails.Judgment(JudgmentKind.valueOf(j.kind()),
							UUID.fromString(j.itemId()), null, null, Boolean.parseBoolean(j.asPlanned()), j.note()))
					.toList());
	}

	record RatingRow(
			@NotBlank @Pattern(regexp = "^(SHARED_VISION|TRUST|MUTUAL_BENEFIT|EFFICIENCY_EFFECTIVENESS|"
					+ "TWO_WAY_COMMUNICATION|COMMITMENT)$") String principle,
			@NotBlank(message = "{validation.evaluation.rating.required}") @Pattern(regexp = "^$|^[1-5]$",
					message = "{validation.evaluation.rating}") String rating,
			@Size(max = 1000, message = "{validation.evaluation.note.long}") String note) {
	}

	record JudgmentRow(@NotBlank @Pattern(regexp = "^(ACTIVITY|INDICATOR)$") String kind,
			@NotBlank @Pattern(regexp = MonitoringForm.ID) String itemId,
			@NotBlank(message = "{validation.evaluation.asPlanned}") @Pattern(regexp = "^$|^(true|false)$",
					message = "{validation.evaluation.asPlanned}") String asPlanned,
			@Size(max = 1000, message = "{validation.evaluation.note.long}") String note) {
	}

}
