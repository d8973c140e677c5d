package id.jejaring.partnership.web;

import java.util.UUID;

import id.jejaring.partnership.AnalysisDecision;
import id.jejaring.partnership.ExplorationFormat;
import id.jejaring.partnership.ExplorationOutcome;
import id.jejaring.partnership.PartnershipRecords;
import id.jejaring.partnership.Partnerships;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysis of each partner of a partnership and its explorations: the fragments the
 * partnership's page loads, and their forms. A second id in a path is named
 * {@code otherId} (the partner analysed, the exploration changed), as the route tests
 * expect.
 */
@Controller
@PreAuthorize(Access.READ)
class PartnershipRecordController {

	private final PartnershipRecords records;

	private final Partnerships partnerships;

	PartnershipRecordController(PartnershipRecords records, Partnerships partnerships) {
		this.records = records;
		this.partnerships = partnerships;
	}

	// ---- analyses

	@GetMapping("/partnerships/{id}/analyses")
	String analyses(@PathVariable UUID id, Model model) {
		model.addAttribute("partnershipId", id);
		model.addAttribute("rows", this.records.analyses(id));
		return "partnership/analysis :: list";
	}

	@GetMapping("/partnerships/{id}/analyses/{otherId}")
	String analysisForm(@PathVariable UUID id, @PathVariable("otherId") UUID partnerId, Model model) {
		model.addAttribute("analysisForm",
				this.records.analysis(id, partnerId).map(AnalysisForm::of).orElseGet(AnalysisForm::empty));
		return analysisPage(model, id, partnerId);
	}

	@PostMapping("/partnerships/{id}/analyses/{otherId}")
	@PreAuthorize(Access.EDIT)
	String saveAnalysis(@PathVariable UUID id, @PathVariable("otherId") UUID partnerId,
			@Valid @ModelAttribute AnalysisForm analysisForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.records.analysis(id, partnerId);
		this.records.check(analysisForm.details(), errors);
		if (errors.hasErrors()) {
			return analysisPage(model, id, partnerId);
		}
		this.records.saveAnalysis(id, partnerId, analysisForm.version(), analysisForm.details());
		redirect.addFlashAttribute("success", "analysis.saved");
		return "redirect:/partnerships/" + id;
	}

	private String analysisPage(Model model, UUID id, UUID partnerId) {
		model.addAttribute("partnership", this.partnerships.get(id));
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("partnerName", this.records.partnerName(partnerId));
		model.addAttribute("needs", this.records.needs(id));
		model.addAttribute("decisions", AnalysisDecision.values());
		return "partnership/analysis-form";
	}

	// ---- explorations

	@GetMapping("/partnerships/{id}/explorations")
	String explorations(@PathVariable UUID id, Model model) {
		model.addAttribute("partnershipId", id);
		model.addAttribute("explorations", this.records.explorations(id));
		return "partnership/explorations :: list";
	}

	@GetMapping("/partnerships/{id}/explorations/new")
	@PreAuthorize(Access.EDIT)
	String newExploration(@PathVariable UUID id, Model model) {
		model.addAttribute("explorationForm", ExplorationForm.start(this.records.today().toString()));
		return explorationPage(model, id, null);
	}

	@PostMapping("/partnerships/{id}/explorations")
	@PreAuthorize(Access.EDIT)
	String createExploration(@PathVariable UUID id, @Valid @ModelAttribute ExplorationForm explorationForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.partnerships.get(id);
		explorationForm.check(errors);
		this.records.check(explorationForm.details(), errors);
		if (errors.hasErrors()) {
			return explorationPage(model, id, null);
		}
		this.records.recordExploration(id, explorationForm.details());
		redirect.addFlashAttribute("success", "exploration.saved");
		return "redirect:/partnerships/" + id;
	}

	@GetMapping("/partnerships/{id}/explorations/{otherId}/edit")
	@PreAuthorize(Access.EDIT)
	String editExploration(@PathVariable UUID id, @PathVariable("otherId") UUID explorationId, Model model) {
		model.addAttribute("explorationForm", ExplorationForm.of(this.records.exploration(id, explorationId)));
		return explorationPage(model, id, explorationId);
	}

	@PostMapping("/partnerships/{id}/explorations/{otherId}")
	@PreAuthorize(Access.EDIT)
	String updateExploration(@PathVariable UUID id, @PathVariable("otherId") UUID explorationId,
			@Valid @ModelAttribute ExplorationForm explorationForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.records.exploration(id, explorationId);
		explorationForm.check(errors);
		this.records.check(explorationForm.details(), errors);
		if (errors.hasErrors()) {
			return explorationPage(model, id, explorationId);
		}
		this.records.updateExploration(id, explorationId, explorationForm.versionRead(), explorationForm.details());
		redirect.addFlashAttribute("success", "exploration.saved");
		return "redirect:/partnerships/" + id;
	}

	private String explorationPage(Model model, UUID id, UUID explorationId) {
		model.addAttribute("partnership", this.partnerships.get(id));
		model.addAttribute("explorationId", explorationId);
		model.addAttribute("formats", ExplorationFormat.values());
		model.addAttribute("outcomes", ExplorationOutcome.values());
		return "partnership/exploration-form";
	}

}
