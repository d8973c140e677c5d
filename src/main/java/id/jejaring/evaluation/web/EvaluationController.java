package id.jejaring.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.evaluation.EvaluationSummary;
import id.jejaring.evaluation.JointEvaluation;
import id.jejaring.evaluation.JointEvaluations;
import id.jejaring.evaluation.PrefillItem;
import id.jejaring.evaluation.Principle;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The joint evaluation pages: the cycle's evaluation with each party's answers and the
 * averages per principle, and the answer form of one party (the institution, or a partner
 * recorded on its behalf) prefilled from the work plan, with the messages beside its
 * fields.
 */
@Controller
class EvaluationController {

	static final String INSTITUTION = "institution";

	private final JointEvaluations evaluations;

	private final Partnerships partnerships;

	EvaluationController(JointEvaluations evaluations, Partnerships partnerships) {
		this.evaluations = evaluations;
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerships/{id}/evaluation")
	String page(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		EvaluationSummary summary = this.evaluations.summary(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("summary", summary);
		Map<String, String> parties = new LinkedHashMap<>();
		this.evaluations.partyNames(id)
			.forEach((partnerId, name) -> parties.put((partnerId != null) ? partnerId.toString() : INSTITUTION, name));
		model.addAttribute("parties", parties);
		return "evaluation/page";
	}

	@GetMapping("/partnerships/{id}/evaluation/form")
	@PreAuthorize(Access.EDIT)
	String form(@PathVariable UUID id, @RequestParam(defaultValue = INSTITUTION) String party, Model model) {
		UUID partnerId = partner(party);
		List<PrefillItem> items = this.evaluations.prefill(id);
		Optional<JointEvaluation> saved = this.evaluations.answers(id, partnerId);
		model.addAttribute("evaluationForm",
				saved.map((e) -> EvaluationForm.of(e, items)).orElseGet(() -> EvaluationForm.empty(items)));
		return form(id, party, partnerId, model);
	}

	@PostMapping("/partnerships/{id}/evaluation/form")
	@PreAuthorize(Access.EDIT)
	String save(@PathVariable UUID id, @RequestParam(defaultValue = INSTITUTION) String party,
			@Valid @ModelAttribute EvaluationForm evaluationForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (evaluationForm.hasGaps()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Evaluation rows with gaps in their indexes");
		}
		UUID partnerId = partner(party);
		this.evaluations.answers(id, partnerId);
		if (!errors.hasErrors()) {
			try {
				this.evaluations.save(id, partnerId, evaluationForm.expectedVersion(),
						evaluationForm.details(partnerId != null));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/partnerships/" + id + "/evaluation";
			}
			catch (InvalidInputException ex) {
				ex.errors().getFieldErrors().forEach((e) -> errors.rejectValue(e.getField(), e.getCode()));
			}
		}
		return form(id, party, partnerId, model);
	}

	private String form(UUID id, String party, UUID partnerId, Model model) {
		Partnership partnership = this.partnerships.get(id);
		Map<UUID, String> names = this.evaluations.partyNames(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("party", party);
		model.addAttribute("partyName", names.get(partnerId));
		model.addAttribute("onBehalf", partnerId != null);
		Map<String, PrefillItem> items = new LinkedHashMap<>();
		this.evaluations.prefill(id).forEach((i) -> items.put(i.kind() + ":" + i.itemId(), i));
		this.evaluations.answers(id, partnerId)
			.ifPresent((e) -> e.getJudgments()
				.forEach((j) -> items.putIfAbsent(j.getKind() + ":" + j.getItemId(),
						new PrefillItem(j.getKind(), j.getItemId(), j.getLabel(), j.getFacts(), null))));
		model.addAttribute("items", items);
		model.addAttribute("principles", Principle.values());
		return "evaluation/form";
	}

	/**
	 * The party of the form: the institution, or a partner (by id) of the partnership.
	 */
	private static UUID partner(String party) {
		if (INSTITUTION.equals(party)) {
			return null;
		}
		try {
			return UUID.fromString(party);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

}
