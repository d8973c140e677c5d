package id.jejaring.workplan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.ContributionKind;
import id.jejaring.workplan.IndicatorMeasure;
import id.jejaring.workplan.PlanActivity;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlans;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The joint work plan pages: the summary card on the partnership's page and the plan page
 * with its objectives, indicators, activities and contributions, each added, changed and
 * removed by the manager or staff; a form that fails comes back with the messages beside
 * its fields.
 */
@Controller
class WorkPlanController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final WorkPlans plans;

	private final Partnerships partnerships;

	private final PartnershipRows rows;

	private final InstitutionManagement institutions;

	private final MessageSource messages;

	WorkPlanController(WorkPlans plans, Partnerships partnerships, PartnershipRows rows,
			InstitutionManagement institutions, MessageSource messages) {
		this.plans = plans;
		this.partnerships = partnerships;
		this.rows = rows;
		this.institutions = institutions;
		this.messages = messages;
	}

	@GetMapping("/partnerships/{id}/work-plan")
	String card(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("plan", this.plans.current(id).orElse(null));
		model.addAttribute("parties", new PartyLabels(parties(partnership)));
		return "workplan/card :: card";
	}

	@GetMapping("/partnerships/{id}/work-plan/page")
	String page(@PathVariable UUID id, @RequestParam(required = false) UUID edit,
			@RequestParam(required = false) UUID contribute, Model model) {
		Optional<WorkPlan> plan = this.plans.current(id);
		plan.ifPresent((p) -> {
			p.getObjectives()
				.stream()
				.filter((o) -> o.getId().equals(edit))
				.findFirst()
				.ifPresent((o) -> editing(model, "objectiveForm", ObjectiveForm.of(o), edit));
			p.getIndicators()
				.stream()
				.filter((i) -> i.getId().equals(edit))
				.findFirst()
				.ifPresent((i) -> editing(model, "indicatorForm", IndicatorForm.of(i), edit));
			p.getActivities()
				.stream()
				.filter((a) -> a.getId().equals(edit))
				.findFirst()
				.ifPresent((a) -> editing(model, "activityForm", ActivityForm.of(a), edit));
			if (p.getActivities().stream().anyMatch((a) -> a.getId().equals(contribute))) {
				model.addAttribute("contributeTo", contribute);
			}
		});
		return page(id, model);
	}

	private static void editing(Model model, String name, Object form, UUID itemId) {
		model.addAttribute(name, form);
		model.addAttribute("editId", itemId);
	}

	@PostMapping("/partnerships/{id}/work-plan/objectives")
	@PreAuthorize(Access.EDIT)
	String addObjective(@PathVariable UUID id, @Valid @ModelAttribute ObjectiveForm objectiveForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return save(id, null, errors, model, redirect,
				() -> this.plans.addObjective(id, objectiveForm.details()).getId());
	}

	@PostMapping("/partnerships/{id}/work-plan/objectives/{otherId}")
	@PreAuthorize(Access.EDIT)
	String updateObjective(@PathVariable UUID id, @PathVariable UUID otherId,
			@Valid @ModelAttribute ObjectiveForm objectiveForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return save(id, otherId, errors, model, redirect,
				() -> this.plans.updateObjective(id, otherId, objectiveForm.expectedVersion(), objectiveForm.details())
					.getId());
	}

	@PostMapping("/partnerships/{id}/work-plan/objectives/{otherId}/delete")
	@PreAuthorize(Access.EDIT)
	String removeObjective(@PathVariable UUID id, @PathVariable UUID otherId, RedirectAttributes redirect) {
		this.plans.removeObjective(id, otherId);
		return removed(id, redirect);
	}

	@PostMapping("/partnerships/{id}/work-plan/indicators")
	@PreAuthorize(Access.EDIT)
	String addIndicator(@PathVariable UUID id, @Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		return save(id, null, errors, model, redirect,
				() -> this.plans.addIndicator(id, indicatorForm.details()).getId());
	}

	@PostMapping("/partnerships/{id}/work-plan/indicators/{otherId}")
	@PreAuthorize(Access.EDIT)
	String updateIndicator(@PathVariable UUID id, @PathVariable UUID otherId,
			@Valid @ModelAttribute IndicatorForm indicatorForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return save(id, otherId, errors, model, redirect,
				() -> this.plans.updateIndicator(id, otherId, indicatorForm.expectedVersion(), indicatorForm.details())
					.getId());
	}

	@PostMapping("/partnerships/{id}/work-plan/indicators/{otherId}/delete")
	@PreAuthorize(Access.EDIT)
	String removeIndicator(@PathVariable UUID id, @PathVariable UUID otherId, RedirectAttributes redirect) {
		return removed(id, redirect, () -> this.plans.removeIndicator(id, otherId));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities")
	@PreAuthorize(Access.EDIT)
	String addActivity(@PathVariable UUID id, @Valid @ModelAttribute ActivityForm activityForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ActivityDetails details = activityDetails(activityForm, errors);
		return save(id, null, errors, model, redirect, () -> this.plans.addActivity(id, details).getId());
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{otherId}")
	@PreAuthorize(Access.EDIT)
	String updateActivity(@PathVariable UUID id, @PathVariable UUID otherId,
			@Valid @ModelAttribute ActivityForm activityForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ActivityDetails details = activityDetails(activityForm, errors);
		return save(id, otherId, errors, model, redirect,
				() -> this.plans.updateActivity(id, otherId, activityForm.expectedVersion(), details).getId());
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{otherId}/delete")
	@PreAuthorize(Access.EDIT)
	String removeActivity(@PathVariable UUID id, @PathVariable UUID otherId, RedirectAttributes redirect) {
		return removed(id, redirect, () -> this.plans.removeActivity(id, otherId));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{otherId}/contributions")
	@PreAuthorize(Access.EDIT)
	String addContribution(@PathVariable UUID id, @PathVariable UUID otherId,
			@Valid @ModelAttribute ContributionForm contributionForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("contributeTo", otherId);
		return save(id, null, errors, model, redirect,
				() -> this.plans.addContribution(id, otherId, contributionForm.details()).getId());
	}

	@PostMapping("/partnerships/{id}/work-plan/contributions/{otherId}/delete")
	@PreAuthorize(Access.EDIT)
	String removeContribution(@PathVariable UUID id, @PathVariable UUID otherId, RedirectAttributes redirect) {
		this.plans.removeContribution(id, otherId);
		return removed(id, redirect);
	}

	@GetMapping("/partnerships/{id}/work-plan/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable UUID id) {
		Partnership partnership = this.partnerships.get(id);
		WorkPlan plan = this.plans.current(id).orElseThrow(NotFoundException::new);
		byte[] workbook = new WorkPlanWorkbook(this.messages, LocaleContextHolder.getLocale(),
				new PartyLabels(parties(partnership)))
			.write(partnership, plan);
		String name = "rencana-kerja-siklus-" + partnership.getCycle() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(workbook);
	}

	/** Checks the dates the patterns could not (a day that does not exist). */
	private static ActivityDetails activityDetails(ActivityForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return null;
		}
		ActivityDetails details = form.details();
		if (details == null) {
			if (PlanInput.date(form.startsOn()) == null) {
				errors.rejectValue("startsOn", "validation.workplan.date");
			}
			if (PlanInput.date(form.endsOn()) == null) {
				errors.rejectValue("endsOn", "validation.workplan.date");
			}
		}
		return details;
	}

	/**
	 * Saves through the service, or shows the page again with the messages beside the
	 * fields: those of the form, then the rules the service checks.
	 */
	private String save(UUID id, UUID editId, BindingResult errors, Model model, RedirectAttributes redirect,
			Supplier<UUID> saving) {
		if (!errors.hasErrors()) {
			try {
				UUID saved = saving.get();
				redirect.addFlashAttribute("saved", true);
				return "redirect:/partnerships/" + id + "/work-plan/page#item-" + saved;
			}
			catch (InvalidInputException ex) {
				ex.errors().getFieldErrors().forEach((e) -> errors.rejectValue(e.getField(), e.getCode()));
			}
		}
		model.addAttribute("editId", editId);
		model.addAttribute("failed", errors.getObjectName());
		return page(id, model);
	}

	/**
	 * Removes, or says above the plan why it may not (the item keeps what hangs on it).
	 */
	private String removed(UUID id, RedirectAttributes redirect, Runnable removing) {
		try {
			removing.run();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refused", ex.errors().getGlobalErrors().get(0).getCode());
			return "redirect:/partnerships/" + id + "/work-plan/page";
		}
		return removed(id, redirect);
	}

	private String removed(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("removed", true);
		return "redirect:/partnerships/" + id + "/work-plan/page";
	}

	private String page(UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		WorkPlan plan = this.plans.current(id).orElse(null);
		model.addAttribute("partnership", partnership);
		model.addAttribute("plan", plan);
		Map<String, String> parties = parties(partnership);
		model.addAttribute("parties", parties);
		model.addAttribute("names", new PartyLabels(parties));
		Object editId = model.getAttribute("editId");
		if (plan != null && editId != null) {
			model.addAttribute("editObjective",
					plan.getObjectives().stream().anyMatch((o) -> o.getId().equals(editId)) ? editId : null);
			model.addAttribute("editIndicator",
					plan.getIndicators().stream().anyMatch((i) -> i.getId().equals(editId)) ? editId : null);
			model.addAttribute("editActivity",
					plan.getActivities().stream().anyMatch((a) -> a.getId().equals(editId)) ? editId : null);
		}
		model.addAttribute("measures", IndicatorMeasure.values());
		model.addAttribute("aspects", NeedAspect.values());
		model.addAttribute("kinds", ContributionKind.values());
		if (!model.containsAttribute("objectiveForm")) {
			model.addAttribute("objectiveForm", ObjectiveForm.empty());
		}
		if (!model.containsAttribute("indicatorForm")) {
			model.addAttribute("indicatorForm", IndicatorForm.empty());
		}
		if (!model.containsAttribute("activityForm")) {
			model.addAttribute("activityForm", ActivityForm.empty());
		}
		if (!model.containsAttribute("contributionForm")) {
			model.addAttribute("contributionForm", ContributionForm.empty());
		}
		model.addAttribute("history", this.plans.history(id));
		model.addAttribute("activityTotals", (plan != null) ? activityTotals(plan.getActivities()) : Map.of());
		return "workplan/page";
	}

	private static Map<UUID, Long> activityTotals(List<PlanActivity> activities) {
		Map<UUID, Long> totals = new LinkedHashMap<>();
		activities.forEach((a) -> totals.put(a.getId(), a.totalContributed()));
		return totals;
	}

	/**
	 * The parties by the value a party field takes: the empty string for the institution,
	 * then each partner's id, with their names.
	 */
	private Map<String, String> parties(Partnership partnership) {
		Map<String, String> parties = new LinkedHashMap<>();
		parties.put("", this.institutions.current().getName());
		this.rows.parties(List.of(partnership.getId()))
			.getOrDefault(partnership.getId(), List.of())
			.forEach((party) -> parties.put(party.partnerId().toString(), party.name()));
		return parties;
	}

}
