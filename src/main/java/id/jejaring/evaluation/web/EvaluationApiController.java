package id.jejaring.evaluation.web;

import java.util.UUID;
import java.util.function.Consumer;

import id.jejaring.evaluation.EvaluationSummary;
import id.jejaring.evaluation.JointEvaluations;
import id.jejaring.evaluation.Monitoring;
import id.jejaring.evaluation.web.EvaluationApi.CadenceRequest;
import id.jejaring.evaluation.web.EvaluationApi.EvaluationRequest;
import id.jejaring.evaluation.web.EvaluationApi.FollowUpDoneRequest;
import id.jejaring.evaluation.web.EvaluationApi.FollowUpResponse;
import id.jejaring.evaluation.web.EvaluationApi.MonitoringResponse;
import id.jejaring.evaluation.web.EvaluationApi.RecordRequest;
import id.jejaring.evaluation.web.EvaluationApi.RecordResponse;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring records and the joint evaluation of a partnership's current cycle in the
 * JSON API. Requests are validated inside the method, after method security, so a refused
 * role gets 403 rather than field messages.
 */
@RestController
@Tag(name = "Monitoring and evaluation",
		description = "Monitoring records per period of the partnership's cadence (monthly or quarterly) with "
				+ "follow-ups, and the joint evaluation: one complete set of answers per party (the institution, "
				+ "and each partner recorded on its behalf), with ratings 1-5 of the six principles")
@PreAuthorize(Access.READ)
class EvaluationApiController {

	private final Monitoring monitoring;

	private final JointEvaluations evaluations;

	private final Partnerships partnerships;

	private final SpringValidatorAdapter validator;

	EvaluationApiController(Monitoring monitoring, JointEvaluations evaluations, Partnerships partnerships,
			jakarta.validation.Validator validator) {
		this.monitoring = monitoring;
		this.evaluations = evaluations;
		this.partnerships = partnerships;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping("/api/v1/partnerships/{id}/monitoring")
	@Operation(summary = "Read the cadence, the first period due without a record (null when none) and the "
			+ "monitoring records of the current cycle, newest period first")
	MonitoringResponse monitoring(@PathVariable UUID id) {
		Partnership partnership = this.partnerships.get(id);
		return new MonitoringResponse(id, partnership.getCycle(), this.monitoring.cadence(id),
				this.monitoring.dueSince(id).orElse(null),
				this.monitoring.records(id).stream().map(RecordResponse::of).toList());
	}

	@PutMapping("/api/v1/partnerships/{id}/monitoring/cadence")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Choose the monitoring cadence: MONTHLY or QUARTERLY")
	void cadence(@PathVariable UUID id, @RequestBody CadenceRequest request) {
		check(request, "cadenceRequest", (errors) -> {
		});
		this.monitoring.changeCadence(id, request.cadence());
	}

	@PostMapping("/api/v1/partnerships/{id}/monitoring")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a monitoring record for a period of the current cadence (periodStart: the first day "
			+ "of the month or quarter, not in the future; one record per period)")
	RecordResponse add(@PathVariable UUID id, @RequestBody RecordRequest request) {
		check(request, "recordRequest", (errors) -> checkDates(request, errors));
		return RecordResponse.of(this.monitoring.add(id, request.details(this.monitoring.cadence(id))));
	}

	@PutMapping("/api/v1/partnerships/{id}/monitoring/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a monitoring record; send the version you read (409 when it is stale). "
			+ "Follow-ups with an id are kept and changed, those left out removed")
	RecordResponse update(@PathVariable UUID id, @PathVariable UUID otherId, @RequestBody RecordRequest request) {
		var record = this.monitoring.record(id, otherId);
		check(request, "recordRequest", (errors) -> {
			if (request.version() == null) {
				errors.rejectValue("version", "validation.agreement.version");
			}
			checkDates(request, errors);
		});
		return RecordResponse
			.of(this.monitoring.update(id, otherId, request.version(), request.details(record.getCadence())));
	}

	@PutMapping("/api/v1/partnerships/{id}/monitoring/follow-ups/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Mark a follow-up done or not done")
	FollowUpResponse followUp(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestBody FollowUpDoneRequest request) {
		check(request, "followUpDoneRequest", (errors) -> {
		});
		return FollowUpResponse.of(this.monitoring.markFollowUp(id, otherId, request.done()));
	}

	@GetMapping("/api/v1/partnerships/{id}/evaluation")
	@Operation(summary = "Read the joint evaluation of the current cycle: each party's answers (partnerId null: "
			+ "the institution), the averages per principle and whether it is joint")
	EvaluationSummary evaluation(@PathVariable UUID id) {
		return this.evaluations.summary(id);
	}

	@PutMapping("/api/v1/partnerships/{id}/evaluation/institution")
	@Operation(summary = "Save the institution's complete answers; send the version you read (0 for new answers)")
	@PreAuthorize(Access.EDIT)
	EvaluationSummary.PartyAnswers institution(@PathVariable UUID id, @RequestBody EvaluationRequest request) {
		return save(id, null, request);
	}

	@PutMapping("/api/v1/partnerships/{id}/evaluation/partners/{otherId}")
	@Operation(summary = "Save a partner's complete answers, recorded by the institution on the partner's behalf; "
			+ "send the version you read (0 for new answers)")
	@PreAuthorize(Access.EDIT)
	EvaluationSummary.PartyAnswers partner(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestBody EvaluationRequest request) {
		return save(id, otherId, request);
	}

	private EvaluationSummary.PartyAnswers save(UUID id, UUID partnerId, EvaluationRequest request) {
		this.evaluations.answers(id, partnerId);
		check(request, "evaluationRequest", (errors) -> {
		});
		this.evaluations.save(id, partnerId, (request.version() != null) ? request.version() : 0,
				request.details(partnerId != null));
		return this.evaluations.summary(id).of(partnerId);
	}

	private static void checkDates(RecordRequest request, Errors errors) {
		if (!errors.hasFieldErrors("periodStart") && MonitoringForm.date(request.periodStart()) == null) {
			errors.rejectValue("periodStart", "validation.monitoring.period");
		}
		if (request.followUps() != null) {
			for (int i = 0; i < request.followUps().size(); i++) {
				var f = request.followUps().get(i);
				String field = "followUps[" + i + "].dueOn";
				if (f != null && !errors.hasFieldErrors(field) && MonitoringForm.date(f.dueOn()) == null) {
					errors.rejectValue(field, "validation.monitoring.followUp.dueOn");
				}
			}
		}
	}

	private <T> void check(T request, String name, Consumer<Errors> checks) {
		if (request == null) {
			throw new InvalidInputException(new BeanPropertyBindingResult(null, name));
		}
		Errors errors = new BeanPropertyBindingResult(request, name);
		this.validator.validate(request, errors);
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

}
