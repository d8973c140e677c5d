package id.jejaring.needs.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedFilter;
import id.jejaring.needs.NeedStatus;
import id.jejaring.needs.Needs;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/needs")
@Tag(name = "Needs",
		description = "The institution's needs (kebutuhan) with partner criteria, in the manager's priority order")
@PreAuthorize(Access.READ)
class NeedApiController {

	private final Needs needs;

	private final Programs programs;

	private final PartnerCategories categories;

	private final ApiValidation validation;

	NeedApiController(Needs needs, Programs programs, PartnerCategories categories, ApiValidation validation) {
		this.needs = needs;
		this.programs = programs;
		this.categories = categories;
		this.validation = validation;
	}

	@GetMapping
	@Operation(summary = "List needs in the manager's order, optionally by aspect, program and status; paged")
	NeedPage list(@RequestParam(required = false) NeedAspect aspect, @RequestParam(required = false) UUID programId,
			@RequestParam(required = false) NeedStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		Page<Need> needs = this.needs.list(new NeedFilter(aspect, programId, status),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
		Map<UUID, Program> programs = this.programs
			.byIds(needs.stream().map(Need::getProgramId).collect(Collectors.toSet()));
		return new NeedPage(needs.map((n) -> NeedResponse.of(n, name(programs.get(n.getProgramId())))).getContent(),
				needs.getNumber(), needs.getSize(), needs.getTotalElements(), needs.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a need")
	NeedResponse get(@PathVariable UUID id) {
		return response(this.needs.get(id));
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a need for a program (from a requirement's gap when requirementId is given); "
			+ "quantity and amount as text (\u201c25.000.000\u201d), neededBy as yyyy-mm-dd")
	NeedResponse create(@RequestBody NeedForm request) {
		check(request);
		return response(this.needs.create(request.requirementId(), request.needDetails()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a need and its partner criteria; send the version you read")
	NeedResponse update(@PathVariable UUID id, @RequestBody NeedForm request) {
		check(request);
		return response(this.needs.update(id, request.version(), request.needDetails()));
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a need's status; DROPPED (with a reason) only by the manager")
	NeedResponse changeStatus(@PathVariable UUID id, @RequestBody NeedStatusForm request) {
		this.validation.check(request, "needStatusForm", request::check);
		return response(this.needs.changeStatus(id, request.version(), request.status(), request.cleanReason()));
	}

	@PostMapping("/{id}/move")
	@PreAuthorize(Access.MANAGE)
	@Operation(summary = "Move a need one place up or down in the manager's order (manager)")
	NeedResponse move(@PathVariable UUID id, @RequestBody MoveRequest request) {
		this.validation.check(request, "moveRequest", (errors) -> {
		});
		this.needs.move(id, request.direction());
		return response(this.needs.get(id));
	}

	@PostMapping("/apply-suggested-order")
	@PreAuthorize(Access.MANAGE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Reorder the open needs by the suggested order (urgency and participants served; manager)")
	void applySuggestedOrder() {
		this.needs.applySuggestedOrder();
	}

	private void check(NeedForm request) {
		this.validation.check(request, "needForm", (errors) -> request.check(errors, this.categories));
	}

	private NeedResponse response(Need need) {
		return NeedResponse.of(need,
				name(this.programs.byIds(java.util.List.of(need.getProgramId())).get(need.getProgramId())));
	}

	private static String name(Program program) {
		return (program != null) ? program.getName() : null;
	}

	/** A page of needs. */
	record NeedPage(java.util.List<NeedResponse> content, int page, int size, long totalElements, int totalPages) {
	}

	/** One place up or down. */
	record MoveRequest(@NotNull Needs.Direction direction) {
	}

}
