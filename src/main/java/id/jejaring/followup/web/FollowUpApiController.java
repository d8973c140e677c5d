package id.jejaring.followup.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementRefusedException;
import id.jejaring.agreement.RenewalKind;
import id.jejaring.followup.CycleDecision;
import id.jejaring.followup.DecisionDetails;
import id.jejaring.followup.DecisionOutcome;
import id.jejaring.followup.DecisionRules;
import id.jejaring.followup.FollowUpRefusedException;
import id.jejaring.followup.FollowUps;
import id.jejaring.followup.ImprovementAction;
import id.jejaring.followup.ImprovementActionDetails;
import id.jejaring.followup.ImprovementStatus;
import id.jejaring.partnership.MoveRefusedException;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.workplan.WorkPlanCarryOver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Improvement and follow-up in the JSON API: the current cycle's improvement actions and
 * decision, adding and changing actions (send the version you read), the manager's
 * decision (stopping closes the partnership), starting the next cycle with the plan
 * carried over, and renewing the previous cycle's agreement onto a next cycle. Requests
 * are checked inside the methods, after method security, so a refused role gets 403.
 */
@RestController
@Tag(name = "Follow-up",
		description = "Improvement actions of a partnership's cycle (owner, due date, status), the decision to "
				+ "continue, continue with changes or stop, starting the next cycle and renewing its agreements")
@PreAuthorize(Access.READ)
class FollowUpApiController {

	private final FollowUps followUps;

	private final Partnerships partnerships;

	private final MessageSource messages;

	FollowUpApiController(FollowUps followUps, Partnerships partnerships, MessageSource messages) {
		this.followUps = followUps;
		this.partnerships = partnerships;
		this.messages = messages;
	}

	@GetMapping("/api/v1/partnerships/{id}/follow-up")
	@Operation(summary = "Read the improvement actions and the decision of the partnership's current cycle")
	FollowUpResponse get(@PathVariable UUID id) {
		Partnership partnership = this.partnerships.get(id);
		return new FollowUpResponse(id, partnership.getCycle(), partnership.getYear(), partnership.getStage().name(),
				partnership.getStatus().name(), this.followUps.actions(id).stream().map(ActionResponse::of).toList(),
				this.followUps.decision(id).map(DecisionResponse::of).orElse(null));
	}

	@PostMapping("/api/v1/partnerships/{id}/follow-up/actions")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an improvement action (owner: a manager or staff member; status defaults to OPEN)")
	ActionResponse addAction(@PathVariable UUID id, @RequestBody ActionRequest request) {
		return ActionResponse.of(this.followUps.addAction(id, details(request)));
	}

	@PutMapping("/api/v1/partnerships/{id}/follow-up/actions/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change an improvement action, its status included (send the version you read)")
	ActionResponse updateAction(@PathVariable UUID id, @PathVariable UUID otherId, @RequestBody ActionRequest request) {
		ImprovementActionDetails details = details(request);
		if (request.version() == null) {
			refuseField("version", "validation.agreement.version");
		}
		return ActionResponse.of(this.followUps.updateAction(id, otherId, request.version(), details));
	}

	@PutMapping("/api/v1/partnerships/{id}/follow-up/decision")
	@PreAuthorize(Access.MANAGE)
	@Operation(summary = "Take or change the cycle's decision (manager only): CONTINUE, CONTINUE_WITH_CHANGES or "
			+ "STOP; a reason is required to stop or to continue with changes; STOP closes the partnership at once")
	DecisionResponse decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		if (request == null) {
			refuseField("outcome", "validation.followup.outcome");
		}
		DecisionDetails details = new DecisionDetails(request.outcome(), request.reason());
		Errors errors = new MapBindingResult(new HashMap<>(), "decisionRequest");
		DecisionRules.check(details, errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		long version = (request.version() != null) ? request.version() : 0;
		return DecisionResponse.of(this.followUps.decide(id, version, details));
	}

	@PostMapping("/api/v1/partnerships/{id}/follow-up/next-cycle")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start the next cycle from a partnership at follow-up that decided to continue (send the "
			+ "partnership's version): the new cycle's partnership starts at the joint work plan with the chosen "
			+ "objectives, indicators (new targets) and recurring activities (dates one year on); this one completes")
	NextCycleResponse startNextCycle(@PathVariable UUID id, @RequestBody NextCycleRequest request) {
		if (request == null || request.year() == null) {
			refuseField("year", "validation.followup.year");
		}
		if (request.version() == null) {
			refuseField("version", "validation.agreement.version");
		}
		List<WorkPlanCarryOver.IndicatorChoice> indicators = (request.indicators() != null) ? request.indicators()
			.stream()
			.filter((i) -> i != null && i.id() != null)
			.map((i) -> new WorkPlanCarryOver.IndicatorChoice(i.id(), (i.target() != null) ? i.target() : -1, null))
			.toList() : List.of();
		Partnership next = this.followUps.startNextCycle(id, request.version(), request.year(),
				new WorkPlanCarryOver.Selection(ids(request.objectiveIds()), indicators, ids(request.activityIds())));
		return new NextCycleResponse(next.getId(), next.getCycle(), next.getYear(), next.getStage().name(), id);
	}

	@PostMapping("/api/v1/partnerships/{id}/follow-up/renewals")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Renew a signed agreement of the previous cycle onto this partnership (the next cycle): "
			+ "EXTENSION (unchanged), ADDENDUM or REPLACEMENT, with the new validity (send the agreement's version)")
	RenewalResponse renew(@PathVariable UUID id, @RequestBody RenewalRequest request) {
		if (request == null || request.agreementId() == null) {
			refuseField("agreementId", "validation.agreement.renewal");
		}
		Agreement renewal = this.followUps.renew(id, request.agreementId(),
				(request.version() != null) ? request.version() : 0, request.renewal(), request.effectiveFrom(),
				request.effectiveUntil());
		return new RenewalResponse(renewal.getId(), renewal.getKind().name(), renewal.getPartnershipId(),
				renewal.getPreviousId(), renewal.getEffectiveFrom(), renewal.getEffectiveUntil());
	}

	/** A refused step: 422 with every reason, code and text in the caller's language. */
	@ExceptionHandler(FollowUpRefusedException.class)
	ProblemDetail refused(FollowUpRefusedException refused, Locale locale) {
		return problem(
				refused.messageKeys().stream().map((key) -> new MissingItem(key, text(key, null, locale))).toList(),
				locale);
	}

	@ExceptionHandler(MoveRefusedException.class)
	ProblemDetail refused(MoveRefusedException refused, Locale locale) {
		return problem(refused.missing()
			.stream()
			.map((m) -> new MissingItem(m.messageKey(), text(m.messageKey(), m.args(), locale)))
			.toList(), locale);
	}

	@ExceptionHandler(AgreementRefusedException.class)
	ProblemDetail refused(AgreementRefusedException refused, Locale locale) {
		return problem(refused.problems()
			.stream()
			.map((p) -> new MissingItem(p.messageKey(), text(p.messageKey(), p.arguments().toArray(), locale)))
			.toList(), locale);
	}

	private ProblemDetail problem(List<MissingItem> missing, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				text("error.followup.refused", null, locale));
		problem.setProperty("missing", missing);
		return problem;
	}

	private String text(String key, Object[] args, Locale locale) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static ImprovementActionDetails details(ActionRequest request) {
		if (request == null) {
			refuseField("description", "validation.followup.description");
		}
		ImprovementActionDetails details = new ImprovementActionDetails(
				(request.description() != null) ? request.description().strip() : null, request.ownerId(),
				request.dueOn(), (request.status() != null) ? request.status() : ImprovementStatus.OPEN,
				(request.note() != null && !request.note().isBlank()) ? request.note().strip() : null);
		Errors errors = new MapBindingResult(new HashMap<>(), "actionRequest");
		DecisionRules.check(details, errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		return details;
	}

	private static void refuseField(String field, String code) {
		Errors errors = new MapBindingResult(new HashMap<>(), "request");
		errors.rejectValue(field, code);
		throw new InvalidInputException(errors);
	}

	private static Set<UUID> ids(List<UUID> ids) {
		return (ids != null)
				? ids.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())
				: Set.of();
	}

	record ActionRequest(Long version, String description, UUID ownerId, LocalDate dueOn, ImprovementStatus status,
			String note) {

	}

	record DecisionRequest(Long version, DecisionOutcome outcome, String reason) {

	}

	record IndicatorTarget(UUID id, Long target) {

	}

	record NextCycleRequest(Long version, Integer year, List<UUID> objectiveIds, List<IndicatorTarget> indicators,
			List<UUID> activityIds) {

	}

	record RenewalRequest(UUID agreementId, Long version, RenewalKind renewal, LocalDate effectiveFrom,
			LocalDate effectiveUntil) {

	}

	record ActionResponse(UUID id, long version, int cycle, String description, UUID ownerId, LocalDate dueOn,
			ImprovementStatus status, String note) {

		static ActionResponse of(ImprovementAction action) {
			return new ActionResponse(action.getId(), action.getVersion(), action.getCycle(), action.getDescription(),
					action.getOwnerId(), action.getDueOn(), action.getStatus(), action.getNote());
		}

	}

	record DecisionResponse(UUID id, long version, int cycle, DecisionOutcome outcome, String reason, UUID decidedBy,
			LocalDate decidedOn, UUID nextPartnershipId) {

		static DecisionResponse of(CycleDecision decision) {
			return new DecisionResponse(decision.getId(), decision.getVersion(), decision.getCycle(),
					decision.getOutcome(), decision.getReason(), decision.getDecidedBy(), decision.getDecidedOn(),
					decision.getNextPartnershipId());
		}

	}

	record FollowUpResponse(UUID partnershipId, int cycle, int year, String stage, String status,
			List<ActionResponse> actions, DecisionResponse decision) {

	}

	record NextCycleResponse(UUID id, int cycle, int year, String stage, UUID previousCycleId) {

	}

	record RenewalResponse(UUID id, String kind, UUID partnershipId, UUID previousId, LocalDate effectiveFrom,
			LocalDate effectiveUntil) {

	}

	record MissingItem(String code, String message) {

	}

}
