package id.jejaring.institution.web;

import java.util.UUID;

import id.jejaring.institution.SelfAssessments;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/v1/self-assessments")
@Tag(name = "Self-assessments",
		description = "Evaluasi diri per year: human resources, facilities, programs and graduates, "
				+ "each with strengths, weaknesses, a score 1-5 and its reason; and opportunities in the community")
@PreAuthorize(Access.READ)
class SelfAssessmentApiController {

	private final SelfAssessments assessments;

	private final SelfAssessmentChecks checks;

	private final ApiInput input;

	SelfAssessmentApiController(SelfAssessments assessments, SelfAssessmentChecks checks, ApiInput input) {
		this.assessments = assessments;
		this.checks = checks;
		this.input = input;
	}

	@GetMapping
	@Operation(summary = "List the self-assessments, newest year first, a page at a time")
	PageResponse<SelfAssessmentResponse> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(this.assessments.list(PageRequest.of(Math.max(page, 0),
				Math.min(Math.max(size, 1), Paging.MAX_SIZE), Sort.by(Sort.Direction.DESC, "year"))),
				SelfAssessmentResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one self-assessment")
	SelfAssessmentResponse get(@PathVariable UUID id) {
		return SelfAssessmentResponse.of(this.assessments.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record a year's self-assessment (manager, staff); one per year",
			description = "Fields per area use the prefixes hr, facilities, programs and graduates, e.g. hrStrengths, "
					+ "hrWeaknesses, hrScore (1-5), hrReason.")
	SelfAssessmentResponse create(@RequestBody SelfAssessmentForm request) {
		this.input.check(request, (errors) -> this.checks.check(request, errors, null));
		return SelfAssessmentResponse
			.of(this.assessments.create(request.yearValue(), request.areas(), request.cleanOpportunities()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a self-assessment (manager, staff); send the version you read")
	SelfAssessmentResponse update(@PathVariable UUID id, @RequestBody SelfAssessmentForm request) {
		this.assessments.get(id);
		this.input.check(request, (errors) -> this.checks.check(request, errors, id));
		return SelfAssessmentResponse.of(this.assessments.update(id, request.version(), request.yearValue(),
				request.areas(), request.cleanOpportunities()));
	}

}
