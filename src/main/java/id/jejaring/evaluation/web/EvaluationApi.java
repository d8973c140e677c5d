package id.jejaring.evaluation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.evaluation.Cadence;
import id.jejaring.evaluation.EvaluationDetails;
import id.jejaring.evaluation.JudgmentKind;
import id.jejaring.evaluation.MonitoringDetails;
import id.jejaring.evaluation.MonitoringFollowUp;
import id.jejaring.evaluation.MonitoringRecord;
import id.jejaring.evaluation.Principle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The monitoring and evaluation API's requests and answers. Dates are yyyy-mm-dd. */
final class EvaluationApi {

	private EvaluationApi() {
	}

	record MonitoringResponse(UUID partnershipId, int cycle, Cadence cadence, LocalDate dueSince,
			List<RecordResponse> records) {
	}

	record RecordResponse(UUID id, long version, Cadence cadence, LocalDate periodStart, LocalDate periodEnd,
			String progress, String deviations, String problems, String solutions, List<FollowUpResponse> followUps,
			Instant updatedAt, String updatedBy) {

		static RecordResponse of(MonitoringRecord r) {
			return new RecordResponse(r.getId(), r.getVersion(), r.getCadence(), r.getPeriodStart(), r.periodEnd(),
					r.getProgress(), r.getDeviations(), r.getProblems(), r.getSolutions(),
					r.getFollowUps().stream().map(FollowUpResponse::of).toList(), r.getUpdatedAt(), r.getUpdatedBy());
		}

	}

	record FollowUpResponse(UUID id, String action, String owner, LocalDate dueOn, boolean done) {

		static FollowUpResponse of(MonitoringFollowUp f) {
			return new FollowUpResponse(f.getId(), f.getAction(), f.getOwner(), f.getDueOn(), f.isDone());
		}

	}

	record CadenceRequest(@NotNull(message = "{validation.monitoring.cadence}") Cadence cadence) {
	}

	record FollowUpDoneRequest(@NotNull(message = "{validation.monitoring.done}") Boolean done) {
	}

	record RecordRequest(Long version,
			@NotBlank(message = "{validation.monitoring.period}") @Pattern(regexp = MonitoringForm.DATE,
					message = "{validation.monitoring.period}") String periodStart,
			@NotBlank(message = "{validation.monitoring.progress}") @Size(max = 4000,
					message = "{validation.evaluation.long}") String progress,
			@Size(max = 4000, message = "{validation.evaluation.long}") String deviations,
			@Size(max = 4000, message = "{validation.evaluation.long}") String problems,
			@Size(max = 4000, message = "{validation.evaluation.long}") String solutions,
			List<@Valid @NotNull FollowUpRequest> followUps) {

		MonitoringDetails details(Cadence cadence) {
			return new MonitoringDetails(cadence, MonitoringForm.date(this.periodStart), this.progress.strip(),
					text(this.deviations), text(this.problems), text(this.solutions),
					(this.followUps == null) ? List.of() : this.followUps.stream()
						.map((f) -> new MonitoringDetails.FollowUpDetails(f.id(), f.action().strip(), f.owner().strip(),
								MonitoringForm.date(f.dueOn()), Boolean.TRUE.equals(f.done())))
						.toList());
		}

	}

	/** A follow-up: {@code id} of an existing one to keep it, null for a new one. */
	record FollowUpRequest(UUID id,
			@NotBlank(message = "{validation.monitoring.followUp.action}") @Size(max = 1000,
					message = "{validation.monitoring.followUp.long}") String action,
			@NotBlank(message = "{validation.monitoring.followUp.owner}") @Size(max = 200,
					message = "{validation.monitoring.followUp.owner.long}") String owner,
			@NotBlank(message = "{validation.monitoring.followUp.dueOn}") @Pattern(regexp = MonitoringForm.DATE,
					message = "{validation.monitoring.followUp.dueOn}") String dueOn,
			Boolean done) {
	}

	/**
	 * A party's complete answers: every principle rated 1–5, every activity and indicator
	 * of the plan judged (asPlanned: ran to plan / reached).
	 */
	record EvaluationRequest(Long version, String hindrances, String benefits,
			List<@Valid @NotNull RatingRequest> ratings, List<@Valid @NotNull JudgmentRequest> judgments) {

		EvaluationDetails details(boolean onBehalf) {
			return new EvaluationDetails(onBehalf, this.hindrances, this.benefits,
					(this.ratings == null) ? List.of()
							: this.ratings.stream()
								.map((r) -> new EvaluationDetails.Rating(r.principle(), r.rating(), r.note()))
								.toList(),
					(this.judgments == null) ? List.of()
							: this.judgments.stream()
								.map((j) -> new EvaluationDetails.Judgment(j.kind(), j.itemId(), null, null,
										j.asPlanned(), j.note()))
								.toList());
		}

	}

	record RatingRequest(@NotNull(message = "{validation.evaluation.ratings}") Principle principle,
			@NotNull(message = "{validation.evaluation.rating.required}") Integer rating, String note) {
	}

	record JudgmentRequest(@NotNull(message = "{validation.evaluation.item}") JudgmentKind kind,
			@NotNull(message = "{validation.evaluation.item}") UUID itemId,
			@NotNull(message = "{validation.evaluation.asPlanned}") Boolean asPlanned, String note) {
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
