package id.jejaring.institution.web;

import java.util.UUID;

import id.jejaring.institution.Programs;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs", description = "The institution's course and training programs (program kursus/pelatihan)")
@PreAuthorize(Access.READ)
class ProgramApiController {

	private final Programs programs;

	private final ApiInput input;

	ProgramApiController(Programs programs, ApiInput input) {
		this.programs = programs;
		this.input = input;
	}

	@GetMapping
	@Operation(summary = "List programs, a page at a time (in use by default, archived with archived=true)")
	PageResponse<ProgramResponse> list(@RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, @Parameter(
					description = "name, type, status or nextBatch") @RequestParam(defaultValue = "name") String sort) {
		return PageResponse.of(
				this.programs.list(archived, Paging.of(page, size, sort, ProgramController.SORTS, "name")),
				ProgramResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one program")
	ProgramResponse get(@PathVariable UUID id) {
		return ProgramResponse.of(this.programs.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Add a program (manager, staff)")
	ProgramResponse create(@RequestBody ProgramForm request) {
		this.input.check(request, request::check);
		return ProgramResponse.of(this.programs.create(request.details()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a program (manager, staff); send the version you read")
	ProgramResponse update(@PathVariable UUID id, @RequestBody ProgramForm request) {
		this.programs.get(id);
		this.input.check(request, request::check);
		return ProgramResponse.of(this.programs.update(id, request.version(), request.details()));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Archive a program: it leaves the lists but keeps its history")
	ProgramResponse archive(@PathVariable UUID id) {
		this.programs.archive(id);
		return ProgramResponse.of(this.programs.get(id));
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Bring an archived program back into use")
	ProgramResponse restore(@PathVariable UUID id) {
		this.programs.restore(id);
		return ProgramResponse.of(this.programs.get(id));
	}

}
