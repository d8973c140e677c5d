package id.jejaring.institution.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.institution.AssessmentArea;
import id.jejaring.institution.SelfAssessment;
import id.jejaring.institution.SelfAssessments;
import id.jejaring.shared.Access;
import jakarta.validation.Valid;

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
 * Self-assessments (evaluasi diri) by year, newest first, with the scores of the years on
 * the page side by side; one assessment per year, earlier years kept readable.
 */
@Controller
@RequestMapping("/self-assessments")
@PreAuthorize(Access.READ)
class SelfAssessmentController {

	private final SelfAssessments assessments;

	private final SelfAssessmentChecks checks;

	private final Clock clock;

	SelfAssessmentController(SelfAssessments assessments, SelfAssessmentChecks checks, Clock clock) {
		this.assessments = assessments;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page",
				this.assessments.list(PageRequest.of(Math.max(page, 0), 10, Sort.by(Sort.Direction.DESC, "year"))));
		model.addAttribute("areas", AssessmentArea.values());
		return "institution/self-assessments/list";
	}

	@GetMapping("/new")
	@PreAuthorize(Access.EDIT)
	String newForm(Model model) {
		model.addAttribute("selfAssessmentForm", SelfAssessmentForm.blank(LocalDate.now(this.clock).getYear()));
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize(Access.EDIT)
	String create(@Valid @ModelAttribute SelfAssessmentForm selfAssessmentForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.checks.check(selfAssessmentForm, errors, null);
		if (errors.hasErrors()) {
			return form(model, null);
		}
		SelfAssessment saved = this.assessments.create(selfAssessmentForm.yearValue(), selfAssessmentForm.areas(),
				selfAssessmentForm.cleanOpportunities());
		redirect.addFlashAttribute("success", "selfAssessment.saved");
		return "redirect:/self-assessments/" + saved.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		SelfAssessment assessment = this.assessments.get(id);
		model.addAttribute("assessment", assessment);
		model.addAttribute("previous", this.assessments.before(assessment.getYear()).orElse(null));
		model.addAttribute("areas", AssessmentArea.values());
		return "institution/self-assessments/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		SelfAssessment assessment = this.assessments.get(id);
		model.addAttribute("selfAssessmentForm", SelfAssessmentForm.of(assessment));
		return form(model, assessment);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute SelfAssessmentForm selfAssessmentForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SelfAssessment assessment = this.assessments.get(id);
		this.checks.check(selfAssessmentForm, errors, id);
		if (errors.hasErrors()) {
			return form(model, assessment);
		}
		this.assessments.update(id, selfAssessmentForm.version(), selfAssessmentForm.yearValue(),
				selfAssessmentForm.areas(), selfAssessmentForm.cleanOpportunities());
		redirect.addFlashAttribute("success", "selfAssessment.saved");
		return "redirect:/self-assessments/" + id;
	}

	private String form(Model model, SelfAssessment assessment) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("areas", AssessmentArea.values());
		return "institution/self-assessments/form";
	}

}
