package id.jejaring.institution.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jejaring.institution.FigureCounts;
import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import id.jejaring.institution.YearlyFigures;
import id.jejaring.shared.Access;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Yearly figures (capaian tahunan): the last five years as charts with the change from
 * the year before, all years as a table, and a form per year with rows per program.
 */
@Controller
@RequestMapping("/figures")
@PreAuthorize(Access.READ)
class FiguresController {

	static final int PAGE_SIZE = 10;

	private final FiguresManagement figures;

	private final Programs programs;

	private final FiguresChecks checks;

	private final Clock clock;

	FiguresController(FiguresManagement figures, Programs programs, FiguresChecks checks, Clock clock) {
		this.figures = figures;
		this.programs = programs;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<YearlyFigures> years = this.figures
			.years(PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "year")));
		Set<Integer> previousYears = new HashSet<>();
		years.forEach((y) -> previousYears.add(y.getYear() - 1));
		Map<Integer, FigureCounts> totals = new HashMap<>(this.figures.totalsOf(previousYears));
		years.forEach((y) -> totals.put(y.getYear(), y.total()));
		model.addAttribute("page", years);
		model.addAttribute("totals", totals);
		model.addAttribute("trend", this.figures.lastFiveYears());
		model.addAttribute("figureKinds", FigureCounts.Figure.values());
		model.addAttribute("rates", FigureCounts.Rate.values());
		return "institution/figures/list";
	}

	@GetMapping("/new")
	@PreAuthorize(Access.EDIT)
	String newForm(@RequestParam(required = false) Integer year, Model model) {
		List<UUID> current = this.programs.current().stream().map(Program::getId).toList();
		int suggested = (year != null) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("figuresForm", FiguresForm.blank(suggested, current));
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String create(@Valid @ModelAttribute FiguresForm figuresForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.checks.check(figuresForm, errors, null);
		if (errors.hasErrors()) {
			return form(model, null);
		}
		YearlyFigures saved = this.figures.record(figuresForm.yearValue(), figuresForm.total(),
				figuresForm.perProgram());
		redirect.addFlashAttribute("success", "figures.saved");
		return "redirect:/figures/" + saved.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		YearlyFigures year = this.figures.get(id);
		model.addAttribute("year", year);
		model.addAttribute("previous", this.figures.ofYear(year.getYear() - 1).map(YearlyFigures::total).orElse(null));
		model.addAttribute("programNames", names(year.getPrograms().stream().map((p) -> p.getProgramId()).toList()));
		model.addAttribute("figureKinds", FigureCounts.Figure.values());
		return "institution/figures/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		YearlyFigures year = this.figures.get(id);
		List<UUID> current = this.programs.current().stream().map(Program::getId).toList();
		model.addAttribute("figuresForm", FiguresForm.of(year, current));
		return form(model, year);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute FiguresForm figuresForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		YearlyFigures year = this.figures.get(id);
		this.checks.check(figuresForm, errors, id);
		if (errors.hasErrors()) {
			return form(model, year);
		}
		this.figures.update(id, figuresForm.version(), figuresForm.yearValue(), figuresForm.total(),
				figuresForm.perProgram());
		redirect.addFlashAttribute("success", "figures.saved");
		return "redirect:/figures/" + id;
	}

	private String form(Model model, YearlyFigures year) {
		FiguresForm form = (FiguresForm) model.getAttribute("figuresForm");
		model.addAttribute("year", year);
		model.addAttribute("programNames", names(
				form.programs().stream().filter((row) -> row != null).map(FiguresForm.ProgramRow::programId).toList()));
		model.addAttribute("fields", FiguresForm.FIELDS);
		return "institution/figures/form";
	}

	private Map<UUID, String> names(List<UUID> programIds) {
		Map<UUID, Program> found = this.programs.byIds(programIds.stream().filter((id) -> id != null).toList());
		Map<UUID, String> names = new LinkedHashMap<>();
		programIds.stream().filter(found::containsKey).forEach((id) -> names.put(id, found.get(id).getName()));
		return names;
	}

}
