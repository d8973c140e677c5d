package id.jejaring.workplan.web;

import java.util.UUID;
import java.util.function.Consumer;

import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.partnership.Partnerships;
import id.jejaring.workplan.WorkPlans;
import id.jejaring.workplan.web.WorkPlanApi.ActivityRequest;
import id.jejaring.workplan.web.WorkPlanApi.ActivityResponse;
import id.jejaring.workplan.web.WorkPlanApi.ContributionRequest;
import id.jejaring.workplan.web.WorkPlanApi.ContributionResponse;
import id.jejaring.workplan.web.WorkPlanApi.IndicatorRequest;
import id.jejaring.workplan.web.WorkPlanApi.IndicatorResponse;
import id.jejaring.workplan.web.WorkPlanApi.ObjectiveRequest;
import id.jejaring.workplan.web.WorkPlanApi.ObjectiveResponse;
import id.jejaring.workplan.web.WorkPlanApi.PlanResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/**
 * The joint work plan of a partnership's current cycle in the JSON API: the plan with its
 * totals per party, and its objectives, indicators, activities and contributions created,
 * changed (send the version you read) and removed. The plan is created by its first item.
 * Requests are validated inside the method, after method security, so a refused role gets
 * 403 rather than field messages.
 */
@RestController
@Tag(name = "Work plans",
		description = "The joint work plan of a partnership per cycle: objectives, indicators "
				+ "(baseline and target), activities and each party's contribution in cash or in kind, in rupiah")
@PreAuthorize(Access.READ)
class WorkPlanApiController {

	private final WorkPlans plans;

	private final Partnerships partnerships;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	WorkPlanApiController(WorkPlans plans, Partnerships partnerships, jakarta.validation.Validator validator,
			MessageSource messages) {
		this.messages = messages;
		this.plans = plans;
		this.partnerships = partnerships;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping("/api/v1/partnerships/{id}/work-plan")
	@Operation(summary = "Read the work plan of the partnership's current cycle ('started' is false while it is "
			+ "empty), with the totals each party contributes (null party: the institution)")
	PlanResponse get(@PathVariable UUID id) {
		return PlanResponse.of(this.partnerships.get(id), this.plans.current(id).orElse(null));
	}

	@PostMapping("/api/v1/partnerships/{id}/work-plan/objectives")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an objective, with the party that proposed it")
	ObjectiveResponse addObjective(@PathVariable UUID id, @RequestBody ObjectiveRequest request) {
		check(request, "objectiveRequest", (errors) -> {
		});
		return ObjectiveResponse.of(this.plans.addObjective(id, request.details()));
	}

	@PutMapping("/api/v1/partnerships/{id}/work-plan/objectives/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change an objective; send the version you read (409 when it is stale)")
	ObjectiveResponse updateObjective(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestBody ObjectiveRequest request) {
		check(request, "objectiveRequest", (errors) -> requireVersion(request.version(), errors));
		return ObjectiveResponse.of(this.plans.updateObjective(id, otherId, request.version(), request.details()));
	}

	@DeleteMapping("/api/v1/partnerships/{id}/work-plan/objectives/{otherId}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an objective")
	void removeObjective(@PathVariable UUID id, @PathVariable UUID otherId) {
		this.plans.removeObjective(id, otherId);
	}

	@PostMapping("/api/v1/partnerships/{id}/work-plan/indicators")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an indicator: a catalogue measure, or (measure null) the institution's own with a "
			+ "name and unit; baseline and target are whole numbers (rupiah for FUNDS_RECEIVED)")
	IndicatorResponse addIndicator(@PathVariable UUID id, @RequestBody IndicatorRequest request) {
		check(request, "indicatorRequest", (errors) -> {
		});
		return IndicatorResponse.of(this.plans.addIndicator(id, request.details()));
	}

	@PutMapping("/api/v1/partnerships/{id}/work-plan/indicators/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change an indicator; send the version you read (409 when it is stale)")
	IndicatorResponse updateIndicator(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestBody IndicatorRequest request) {
		check(request, "indicatorRequest", (errors) -> requireVersion(request.version(), errors));
		return IndicatorResponse.of(this.plans.updateIndicator(id, otherId, request.version(), request.details()));
	}

	@DeleteMapping("/api/v1/partnerships/{id}/work-plan/indicators/{otherId}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an indicator (409 when actuals were recorded for it)")
	void removeIndicator(@PathVariable UUID id, @PathVariable UUID otherId) {
		refusedAsConflict(() -> this.plans.removeIndicator(id, otherId));
	}

	@PostMapping("/api/v1/partnerships/{id}/work-plan/activities")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an activity: dates as yyyy-mm-dd (the end not before the start), budget in rupiah")
	ActivityResponse addActivity(@PathVariable UUID id, @RequestBody ActivityRequest request) {
		check(request, "activityRequest", (errors) -> checkDates(request, errors));
		return ActivityResponse.of(this.plans.addActivity(id, request.details()));
	}

	@PutMapping("/api/v1/partnerships/{id}/work-plan/activities/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change an activity; send the version you read (409 when it is stale). Its "
			+ "contributions stay as they are")
	ActivityResponse updateActivity(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestBody ActivityRequest request) {
		check(request, "activityRequest", (errors) -> {
			requireVersion(request.version(), errors);
			checkDates(request, errors);
		});
		return ActivityResponse.of(this.plans.updateActivity(id, otherId, request.version(), request.details()));
	}

	@DeleteMapping("/api/v1/partnerships/{id}/work-plan/activities/{otherId}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an activity with its contributions (409 when evidence was submitted for it)")
	void removeActivity(@PathVariable UUID id, @PathVariable UUID otherId) {
		refusedAsConflict(() -> this.plans.removeActivity(id, otherId));
	}

	/** A removal refused because records hang on the item: 409 with the reason. */
	private void refusedAsConflict(Runnable removing) {
		try {
			removing.run();
		}
		catch (InvalidInputException ex) {
			String code = ex.errors().getGlobalErrors().get(0).getCode();
			throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					this.messages.getMessage(code, null, LocaleContextHolder.getLocale())), ex);
		}
	}

	@PostMapping("/api/v1/partnerships/{id}/work-plan/activities/{otherId}/contributions")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a party's contribution to an activity: CASH (the amount) or in kind (EQUIPMENT, "
			+ "ROOMS, INSTRUCTOR_HOURS, INTERNSHIP_PLACES, OTHER_IN_KIND) with its value, in rupiah")
	ContributionResponse addContribution(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestBody ContributionRequest request) {
		check(request, "contributionRequest", (errors) -> {
		});
		return ContributionResponse.of(this.plans.addContribution(id, otherId, request.details()));
	}

	@DeleteMapping("/api/v1/partnerships/{id}/work-plan/contributions/{otherId}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a contribution")
	void removeContribution(@PathVariable UUID id, @PathVariable UUID otherId) {
		this.plans.removeContribution(id, otherId);
	}

	private static void requireVersion(Long version, Errors errors) {
		if (version == null) {
			errors.rejectValue("version", "validation.agreement.version");
		}
	}

	/**
	 * A date of the right shape that does not exist (2027-02-31) is refused here, not by
	 * the database.
	 */
	private static void checkDates(ActivityRequest request, Errors errors) {
		if (!errors.hasFieldErrors("startsOn") && PlanInput.date(request.startsOn()) == null) {
			errors.rejectValue("startsOn", "validation.workplan.date");
		}
		if (!errors.hasFieldErrors("endsOn") && PlanInput.date(request.endsOn()) == null) {
			errors.rejectValue("endsOn", "validation.workplan.date");
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
