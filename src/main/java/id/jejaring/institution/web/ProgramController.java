package id.jejaring.institution.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.FigureCounts;
import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramLevel;
import id.jejaring.institution.ProgramStatus;
import id.jejaring.institution.ProgramType;
import id.jejaring.institution.Programs;
import id.jejaring.shared.Access;
import jakarta.validation.Valid;

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
 * The institution's programs: everyone in it and its visitors read, manager and staff
 * add, edit, archive and restore.
 */
@Controller
@RequestMapping("/programs")
@PreAuthorize(Access.READ)
class ProgramController {

	static final Map<String, Sort> SORTS = sorts();

	private final Programs programs;

	private final FiguresManagement figures;

	ProgramController(Programs programs, FiguresManagement figures) {
		this.programs = programs;
		this.figures = figures;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "name") String sort, Model model) {
		String chosenSort = SORTS.containsKey(sort) ? sort : "name";
		model.addAttribute("page", this.programs.list(archived, Paging.of(page, 20, chosenSort, SORTS, "name")));
		model.addAttribute("archived", archived);
		model.addAttribute("sort", chosenSort);
		model.addAttribute("sorts", SORTS.keySet());
		return "institution/programs/list";
	}

	@GetMapping("/new")
	@PreAuthorize(Access.EDIT)
	String newForm(Model model) {
		model.addAttribute("programForm", ProgramForm.empty());
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String create(@Valid @ModelAttribute ProgramForm programForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		programForm.check(errors);
		if (errors.hasErrors()) {
			return form(model, null);
		}
		Program created = this.programs.create(programForm.details());
		redirect.addFlashAttribute("success", "program.saved");
		return "redirect:/programs/" + created.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Program program = this.programs.get(id);
		model.addAttribute("program", program);
		model.addAttribute("figures", this.figures.ofProgram(id));
		model.addAttribute("figureKinds", FigureCounts.Figure.values());
		return "institution/programs/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		Program program = this.programs.get(id);
		model.addAttribute("programForm", ProgramForm.of(program));
		return form(model, program);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute ProgramForm programForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Program program = this.programs.get(id);
		programForm.check(errors);
		if (errors.hasErrors()) {
			return form(model, program);
		}
		this.programs.update(id, programForm.version(), programForm.details());
		redirect.addFlashAttribute("success", "program.saved");
		return "redirect:/programs/" + id;
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(Access.EDIT)
	String archive(@PathVariable UUID id, RedirectAttributes redirect) {
		this.programs.archive(id);
		redirect.addFlashAttribute("success", "program.archivedDone");
		return "redirect:/programs";
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(Access.EDIT)
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		this.programs.restore(id);
		redirect.addFlashAttribute("success", "program.restored");
		return "redirect:/programs/" + id;
	}

	private String form(Model model, Program program) {
		model.addAttribute("program", program);
		model.addAttribute("types", ProgramType.values());
		model.addAttribute("levels", ProgramLevel.values());
		model.addAttribute("statuses", ProgramStatus.values());
		return "institution/programs/form";
	}

	private static Map<String, Sort> sorts() {
		Map<String, Sort> sorts = new LinkedHashMap<>();
		Sort byName = Sort.by("name").and(Sort.by("id"));
		sorts.put("name", byName);
		sorts.put("type", Sort.by("type").and(byName));
		sorts.put("status", Sort.by("status").and(byName));
		sorts.put("nextBatch", Sort.by(Sort.Order.asc("nextBatchStartsOn").nullsLast()).and(byName));
		return sorts;
	}

}
