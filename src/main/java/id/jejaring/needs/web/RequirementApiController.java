package id.jejaring.needs.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.needs.ProgramRequirement;
import id.jejaring.needs.Requirements;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Program requirements",
		description = "Each program's checklist of components: required, available, and the gap")
@PreAuthorize(Access.READ)
class RequirementApiController {

	private final Requirements requirements;

	private final Needs needs;

	private final Programs programs;

	private final ApiValidation validation;

	RequirementApiController(Requirements requirements, Needs needs, Programs programs, ApiValidation validation) {
		this.requirements = requirements;
		this.needs = needs;
		this.programs = programs;
		this.validation = validation;
	}

	@GetMapping("/api/v1/programs/{id}/requirements")
	@Operation(summary = "List a program's requirements with their gaps")
	List<RequirementResponse> list(@PathVariable UUID id) {
		this.programs.get(id);
		List<ProgramRequirement> lines = this.requirements.forProgram(id);
		Map<UUID, Need> linked = this.needs.byRequirement(lines.stream().map(ProgramRequirement::getId).toList());
		return lines.stream()
			.map((r) -> RequirementResponse.of(r, linked.containsKey(r.getId()) ? linked.get(r.getId()).getId() : null))
			.toList();
	}

	@PostMapping("/api/v1/programs/{id}/requirements")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a requirement to a program; quantities as text (\u201c10\u201d, \u201c25.000.000\u201d)")
	RequirementResponse create(@PathVariable UUID id, @RequestBody RequirementForm request) {
		check(request);
		return RequirementResponse.of(this.requirements.create(id, request.details()), null);
	}

	@PutMapping("/api/v1/requirements/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a requirement; send the version you read")
	RequirementResponse update(@PathVariable UUID id, @RequestBody RequirementForm request) {
		check(request);
		ProgramRequirement updated = this.requirements.update(id, request.version(), request.details());
		Need need = this.needs.byRequirement(List.of(id)).get(id);
		return RequirementResponse.of(updated, (need != null) ? need.getId() : null);
	}

	@DeleteMapping("/api/v1/requirements/{id}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a requirement; a need recorded from it stays")
	void delete(@PathVariable UUID id) {
		this.requirements.delete(id);
	}

	private void check(RequirementForm request) {
		this.validation.check(request, "requirementForm", request::check);
	}

}
