package id.jejaring.needs.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.needs.ProgramRequirement;
import id.jejaring.needs.RequirementComponent;
import id.jejaring.needs.Requirements;
import id.jejaring.shared.Access;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A program's requirement checklist (komponen penyelenggaraan program): what each
 * component requires, what the institution has, the gap, and the way from a gap to a
 * need. Rows are added and edited in place with htmx; without it, whole pages.
 */
@Controller
@PreAuthorize(Access.READ)
class RequirementController {

	static final String HX = "HX-Request";

	private final Requirements requirements;

	private final Needs needs;

	private final Programs programs;

	RequirementController(Requirements requirements, Needs needs, Programs programs) {
		this.requirements = requirements;
		this.needs = needs;
		this.programs = programs;
	}

	@GetMapping("/programs/{id}/requirements")
	String page(@PathVariable UUID id, Model model) {
		return show(this.programs.get(id), model, null, false);
	}

	@PostMapping("/programs/{id}/requirements")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable UUID id, @Valid @ModelAttribute("newRequirement") RequirementForm form,
			BindingResult errors, @RequestHeader(value = HX, required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		Program program = this.programs.get(id);
		form.check(errors);
		if (errors.hasErrors()) {
			return show(program, model, null, htmx != null);
		}
		this.requirements.create(id, form.details());
		if (htmx != null) {
			model.addAttribute("newRequirement", RequirementForm.empty());
			model.addAttribute("success", "requirement.saved");
			return show(program, model, null, true);
		}
		redirect.addFlashAttribute("success", "requirement.saved");
		return "redirect:/programs/" + id + "/requirements";
	}

	@GetMapping("/requirements/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String edit(@PathVariable UUID id, @RequestHeader(value = HX, required = false) String htmx, Model model) {
		ProgramRequirement requirement = this.requirements.get(id);
		model.addAttribute("requirementForm", RequirementForm.of(requirement));
		if (htmx != null) {
			model.addAttribute("row", RequirementRow.of(requirement, null));
			model.addAttribute("components", RequirementComponent.values());
			return "needs/requirements :: editRow";
		}
		return show(this.programs.get(requirement.getProgramId()), model, id, false);
	}

	@PostMapping("/requirements/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("requirementForm") RequirementForm form,
			BindingResult errors, @RequestHeader(value = HX, required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		ProgramRequirement requirement = this.requirements.get(id);
		form.check(errors);
		if (errors.hasErrors()) {
			return show(this.programs.get(requirement.getProgramId()), model, id, htmx != null);
		}
		this.requirements.update(id, form.version(), form.details());
		return saved(requirement.getProgramId(), htmx, model, redirect);
	}

	@PostMapping("/requirements/{id}/delete")
	@PreAuthorize(Access.EDIT)
	String delete(@PathVariable UUID id, @RequestHeader(value = HX, required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		UUID programId = this.requirements.get(id).getProgramId();
		this.requirements.delete(id);
		return saved(programId, htmx, model, redirect);
	}

	private String saved(UUID programId, String htmx, Model model, RedirectAttributes redirect) {
		if (htmx != null) {
			model.addAttribute("success", "requirement.saved");
			return show(this.programs.get(programId), model, null, true);
		}
		redirect.addFlashAttribute("success", "requirement.saved");
		return "redirect:/programs/" + programId + "/requirements";
	}

	private String show(Program program, Model model, UUID editing, boolean fragment) {
		List<ProgramRequirement> lines = this.requirements.forProgram(program.getId());
		Map<UUID, Need> needs = this.needs.byRequirement(lines.stream().map(ProgramRequirement::getId).toList());
		model.addAttribute("program", program);
		model.addAttribute("rows", lines.stream().map((r) -> RequirementRow.of(r, needs.get(r.getId()))).toList());
		model.addAttribute("components", RequirementComponent.values());
		model.addAttribute("editing", editing);
		if (!model.containsAttribute("newRequirement")) {
			model.addAttribute("newRequirement", RequirementForm.empty());
		}
		return fragment ? "needs/requirements :: section" : "needs/requirements";
	}

}
