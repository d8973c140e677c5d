package id.jejaring.partnership.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.MoveRefusedException;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipDetails;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipPattern;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.PartnershipStrategy;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.partnership.StageChange;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partnerships in the JSON API: list, read, record, change, move between stages through
 * the same gates as the pages, change status, the stage history and the gate. A refused
 * move answers 422 with what is missing, in the caller's language; a stale version 409.
 */
@RestController
@Tag(name = "Partnerships",
		description = "Partnerships (kemitraan) and their eleven stages: gates, moves, status and history")
@PreAuthorize(Access.READ)
class PartnershipApiController {

	private final Partnerships partnerships;

	private final PartnershipRows rows;

	private final Partners partners;

	private final PartnershipApiChecks checks;

	private final MissingTexts missingTexts;

	private final MessageSource messages;

	private final StaffNames staff;

	PartnershipApiController(Partnerships partnerships, PartnershipRows rows, Partners partners,
			PartnershipApiChecks checks, MissingTexts missingTexts, MessageSource messages, StaffNames staff) {
		this.staff = staff;
		this.partnerships = partnerships;
		this.rows = rows;
		this.partners = partners;
		this.checks = checks;
		this.missingTexts = missingTexts;
		this.messages = messages;
	}

	@GetMapping("/api/v1/partnerships")
	@Operation(summary = "List partnerships, filtered by status, stage, owner (user id) and words in the title, "
			+ "paged; sort updated (default), title or waiting (longest in its stage first)")
	PartnershipPage list(@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) UUID ownerId,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "updated") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		Page<Partnership> found = this.partnerships.list(new PartnershipFilter(status, stage, ownerId, q),
				PageRequest.of(Math.min(Math.max(page, 0), PartnershipController.MAX_PAGE),
						Math.min(Math.max(size, 1), 100), PartnershipController.ListFilter.order(sort)));
		Map<UUID, List<PartnershipRows.NamedParty>> parties = this.rows
			.parties(found.getContent().stream().map(Partnership::getId).toList());
		List<PartnershipSummary> content = found.getContent()
			.stream()
			.map((p) -> PartnershipSummary.of(p, parties.getOrDefault(p.getId(), List.of())))
			.toList();
		return new PartnershipPage(content, found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping("/api/v1/partnerships/{id}")
	@Operation(summary = "Read a partnership with its parties, needs and aspects")
	PartnershipResponse get(@PathVariable UUID id) {
		return response(this.partnerships.get(id));
	}

	@PostMapping("/api/v1/partnerships")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a partnership; it starts at the mapping stage of its first cycle")
	PartnershipResponse create(@RequestBody PartnershipRequest request) {
		check(request);
		return response(this.partnerships.create(request.details()));
	}

	@PutMapping("/api/v1/partnerships/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a partnership's title, parties, needs, aspects, pattern, strategy, owner, year "
			+ "and description; send the version you read. Stage and status change only through move and status")
	PartnershipResponse update(@PathVariable UUID id, @RequestBody PartnershipRequest request) {
		check(request);
		return response(
				this.partnerships.update(id, (request.version() != null) ? request.version() : -1, request.details()));
	}

	@PostMapping("/api/v1/partnerships/{id}/move")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Move to the next stage through the gate of the current one, or back to an earlier stage "
			+ "with a reason. Moving on from analysis and into signing is the manager's decision (403 for staff)",
			responses = { @ApiResponse(responseCode = "200", description = "Moved"),
					@ApiResponse(responseCode = "409", description = "Stale version"),
					@ApiResponse(responseCode = "422",
							description = "Refused; 'missing' lists what is missing, in the caller's language") })
	PartnershipResponse move(@PathVariable UUID id, @RequestBody MoveRequest request) {
		this.checks.check(request, "moveRequest", (errors) -> {
		});
		return response(this.partnerships.move(id, request.version(), request.target(), request.reason()));
	}

	@PostMapping("/api/v1/partnerships/{id}/status")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Put on hold, resume, complete, or stop (the manager, with a reason)",
			responses = { @ApiResponse(responseCode = "200", description = "Changed"),
					@ApiResponse(responseCode = "422", description = "Refused: stopping needs a reason") })
	PartnershipResponse status(@PathVariable UUID id, @RequestBody StatusRequest request) {
		this.checks.check(request, "statusRequest", (errors) -> {
		});
		return response(this.partnerships.changeStatus(id, request.version(), request.status(), request.reason()));
	}

	@GetMapping("/api/v1/partnerships/{id}/history")
	@Operation(summary = "Every stage move of the partnership, oldest first")
	List<StageChangeResponse> history(@PathVariable UUID id) {
		return this.partnerships.history(id).stream().map(StageChangeResponse::of).toList();
	}

	@GetMapping("/api/v1/partnerships/{id}/gate")
	@Operation(summary = "What is still missing to leave the current stage, and the four conditions, in the "
			+ "caller's language")
	GateResponse gate(@PathVariable UUID id, Locale locale) {
		Partnerships.GateStatus gate = this.partnerships.gateStatus(id);
		Stage stage = gate.stage();
		return new GateResponse(stage, stage.next(), gate.open(), stage.leavingNeedsManager(),
				gate.missing()
					.stream()
					.map((m) -> new MissingItem(m.messageKey(), this.missingTexts.text(m, locale)))
					.toList(),
				gate.conditions()
					.stream()
					.map((c) -> new ConditionItem(c.messageKey(),
							this.messages.getMessage(c.messageKey(), null, locale), c.met()))
					.toList());
	}

	/** A refused move or status change: 422 with everything missing. */
	@ExceptionHandler(MoveRefusedException.class)
	ProblemDetail refused(MoveRefusedException refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				this.messages.getMessage("error.partnership.moveRefused", null, locale));
		problem.setProperty("missing",
				refused.missing()
					.stream()
					.map((m) -> new MissingItem(m.messageKey(), this.missingTexts.text(m, locale)))
					.toList());
		return problem;
	}

	private void check(PartnershipRequest request) {
		this.checks.check(request, "partnershipRequest", (errors) -> {
			List<PartyRequest> parties = request.parties();
			if (parties != null && parties.stream().anyMatch((p) -> p == null || p.partnerId() == null)) {
				errors.rejectValue("parties", "validation.partnership.parties");
			}
			else if (parties != null
					&& parties.stream().map(PartyRequest::partnerId).distinct().count() < parties.size()) {
				errors.rejectValue("parties", "validation.partnership.partyTwice");
			}
			if (request.ownerId() != null && !StaffNames.byId(this.staff.all()).containsKey(request.ownerId())) {
				errors.rejectValue("ownerId", "validation.partnership.owner");
			}
		});
	}

	private PartnershipResponse response(Partnership partnership) {
		Map<UUID, String> names = new java.util.HashMap<>();
		for (UUID partnerId : partnership.partnerIds()) {
			try {
				names.put(partnerId, this.partners.get(partnerId).getName());
			}
			catch (NotFoundException ex) {
				names.put(partnerId, null);
			}
		}
		return PartnershipResponse.of(partnership, names);
	}

	/** A page of partnerships. */
	record PartnershipPage(List<PartnershipSummary> content, int page, int size, long totalElements, int totalPages) {
	}

	/** A partnership as a list row. */
	record PartnershipSummary(UUID id, long version, String title, Stage stage, int stageNumber,
			PartnershipStatus status, UUID ownerId, int cycle, int year, Instant stageSince,
			List<PartyResponse> parties) {

		static PartnershipSummary of(Partnership p, List<PartnershipRows.NamedParty> parties) {
			return new PartnershipSummary(p.getId(), p.getVersion(), p.getTitle(), p.getStage(), p.getStage().number(),
					p.getStatus(), p.getOwnerId(), p.getCycle(), p.getYear(), p.getStageSince(),
					parties.stream().map((n) -> new PartyResponse(n.partnerId(), n.name(), n.role())).toList());
		}

	}

	/** A partnership. */
	record PartnershipResponse(UUID id, long version, String title, PartnershipPattern pattern,
			PartnershipStrategy strategy, UUID ownerId, int cycle, int year, PartnershipStatus status,
			String statusReason, Stage stage, int stageNumber, Instant stageSince, String description,
			List<PartyResponse> parties, List<UUID> needIds, Set<NeedAspect> aspects) {

		static PartnershipResponse of(Partnership p, Map<UUID, String> partnerNames) {
			return new PartnershipResponse(p.getId(), p.getVersion(), p.getTitle(), p.getPattern(), p.getStrategy(),
					p.getOwnerId(), p.getCycle(), p.getYear(), p.getStatus(), p.getStatusReason(), p.getStage(),
					p.getStage().number(), p.getStageSince(), p.getDescription(),
					p.getParties()
						.stream()
						.map((party) -> new PartyResponse(party.getPartnerId(), partnerNames.get(party.getPartnerId()),
								party.getRole()))
						.toList(),
					p.needIds(), p.aspectSet());
		}

	}

	/** A partner taking part, with its name and its role. */
	record PartyResponse(UUID partnerId, String name, String role) {
	}

	/** A partner to take part, with its role (required). */
	record PartyRequest(UUID partnerId,
			@NotBlank(message = "{validation.partnership.role}") @Size(max = 200) String role) {
	}

	/**
	 * What a client records about a partnership; {@code version} only when changing one.
	 */
	record PartnershipRequest(@NotBlank @Size(max = 200) String title,
			@NotEmpty(message = "{validation.partnership.parties}") List<@Valid PartyRequest> parties,
			List<UUID> needIds, Set<NeedAspect> aspects,
			@NotNull(message = "{validation.partnership.pattern}") PartnershipPattern pattern,
			@NotNull(message = "{validation.partnership.strategy}") PartnershipStrategy strategy, UUID ownerId,
			@NotNull(message = "{validation.partnership.year}") @Min(value = 1900,
					message = "{validation.partnership.year}") @Max(value = 2099,
							message = "{validation.partnership.year}") Integer year,
			@Size(max = 4000) String description, Long version) {

		PartnershipDetails details() {
			return new PartnershipDetails(this.title.strip(), this.pattern, this.strategy, this.ownerId, this.year,
					(this.description == null || this.description.isBlank()) ? null : this.description.strip(),
					this.parties.stream()
						.map((p) -> new PartnershipDetails.Party(p.partnerId(), p.role().strip()))
						.toList(),
					this.needIds, this.aspects);
		}

	}

	/** A stage move: the next stage, or an earlier one with a reason. */
	record MoveRequest(@NotNull(message = "{validation.partnership.stage}") Stage target,
			@Size(max = 2000) String reason, @NotNull Long version) {
	}

	/** A status change; stopping needs a reason. */
	record StatusRequest(@NotNull(message = "{validation.partnership.status}") PartnershipStatus status,
			@Size(max = 2000) String reason, @NotNull Long version) {
	}

	/**
	 * One stage move: from (null for the start), to, backward or not, reason, when and
	 * who.
	 */
	record StageChangeResponse(Stage from, Stage to, boolean backward, String reason, Instant changedAt,
			String changedBy) {

		static StageChangeResponse of(StageChange change) {
			return new StageChangeResponse(change.getFromStage(), change.getToStage(), change.isBackward(),
					change.getReason(), change.getChangedAt(), change.getCreatedBy());
		}

	}

	/** The gate of the current stage. */
	record GateResponse(Stage stage, Stage next, boolean open, boolean managersDecision, List<MissingItem> missing,
			List<ConditionItem> conditions) {
	}

	/** Something missing: its code (message key) and text. */
	record MissingItem(String code, String message) {
	}

	/** One of the four conditions with whether it holds. */
	record ConditionItem(String code, String label, boolean met) {
	}

}
