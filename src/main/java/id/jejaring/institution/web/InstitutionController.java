package id.jejaring.institution.web;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionFormValidation;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Regions;
import id.jejaring.shared.Access;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in (or visited) institution's profile: everyone in it and its overseers
 * read, the manager edits and sees the change history.
 */
@Controller
@RequestMapping("/institution")
@PreAuthorize(Access.READ)
class InstitutionController {

	private final InstitutionManagement institutions;

	private final Regions regions;

	private final InstitutionFormValidation validation;

	InstitutionController(InstitutionManagement institutions, Regions regions, InstitutionFormValidation validation) {
		this.institutions = institutions;
		this.regions = regions;
		this.validation = validation;
	}

	@GetMapping
	String detail(Model model) {
		Institution institution = this.institutions.current();
		model.addAttribute("institution", institution);
		model.addAttribute("regionLabel", this.regions.label(institution.getRegionCode()));
		return "institution/detail";
	}

	@GetMapping("/edit")
	@PreAuthorize(Access.MANAGE)
	String edit(Model model) {
		model.addAttribute("institutionForm", InstitutionForm.of(this.institutions.current()));
		return "institution/form";
	}

	@PostMapping
	@PreAuthorize(Access.MANAGE)
	String update(@Valid @ModelAttribute InstitutionForm institutionForm, BindingResult errors,
			RedirectAttributes redirect) {
		this.validation.validate(institutionForm.regionCode(), institutionForm.npsn(),
				this.institutions.current().getId(), errors, "");
		if (errors.hasErrors()) {
			return "institution/form";
		}
		this.institutions.updateCurrent(institutionForm.version(), institutionForm.profile());
		redirect.addFlashAttribute("success", "institution.saved");
		return "redirect:/institution";
	}

	@GetMapping("/history")
	@PreAuthorize(Access.MANAGE)
	String history(Model model) {
		model.addAttribute("institution", this.institutions.current());
		model.addAttribute("changes", this.institutions.currentHistory());
		return "institution/history";
	}

}
