package id.jejaring.institution.web;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import id.jejaring.institution.YearlyFigures;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
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
@RequestMapping("/api/v1/figures")
@Tag(name = "Yearly figures",
		description = "Capaian tahunan: participants enrolled, graduates, certified, placed, started a business, "
				+ "job orders; per year, in total and per program")
@PreAuthorize(Access.READ)
class FiguresApiController {

	private final FiguresManagement figures;

	private final Programs programs;

	private final FiguresChecks checks;

	private final ApiInput input;

	FiguresApiController(FiguresManagement figures, Programs programs, FiguresChecks checks, ApiInput input) {
		this.figures = figures;
		this.programs = programs;
		this.checks = checks;
		this.input = input;
	}

	@GetMapping
	@Operation(summary = "List the recorded years, newest first, a page at a time")
	PageResponse<FiguresResponse> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Page<YearlyFigures> years = this.figures.years(PageRequest.of(Math.max(page, 0),
				Math.min(Math.max(size, 1), Paging.MAX_SIZE), Sort.by(Sort.Direction.DESC, "year")));
		Map<UUID, String> names = names(
				years.stream().flatMap((y) -> y.getPrograms().stream()).map((p) -> p.getProgramId()).toList());
		return PageResponse.of(years, (y) -> FiguresResponse.of(y, names));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one year's figures")
	FiguresResponse get(@PathVariable UUID id) {
		return response(this.figures.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record a year's figures (manager, staff); one record per year",
			description = "Figures are whole numbers 0 or more; graduates ≤ enrolled; certified ≤ graduates; "
					+ "placed + started business ≤ graduates; per-program rows within the total.")
	FiguresResponse create(@RequestBody FiguresForm request) {
		this.input.check(request, (errors) -> this.checks.check(request, errors, null));
		return response(this.figures.record(request.yearValue(), request.total(), request.perProgram()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a year's figures and its program rows (manager, staff); send the version you read")
	FiguresResponse update(@PathVariable UUID id, @RequestBody FiguresForm request) {
		this.figures.get(id);
		this.input.check(request, (errors) -> this.checks.check(request, errors, id));
		return response(
				this.figures.update(id, request.version(), request.yearValue(), request.total(), request.perProgram()));
	}

	private FiguresResponse response(YearlyFigures year) {
		return FiguresResponse.of(year, names(year.getPrograms().stream().map((p) -> p.getProgramId()).toList()));
	}

	private Map<UUID, String> names(Collection<UUID> ids) {
		return this.programs.byIds(ids).values().stream().collect(Collectors.toMap(Program::getId, Program::getName));
	}

}
