package id.jejaring.followup.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementRefusedException;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.RenewalKind;
import id.jejaring.followup.CycleDecision;
import id.jejaring.followup.DecisionDetails;
import id.jejaring.followup.DecisionOutcome;
import id.jejaring.followup.DecisionRules;
import id.jejaring.followup.FollowUpRefusedException;
import id.jejaring.followup.FollowUps;
import id.jejaring.followup.ImprovementAction;
import id.jejaring.followup.ImprovementActionDetails;
import id.jejaring.followup.ImprovementStatus;
import id.jejaring.partnership.MoveRefusedException;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.partnership.StaffMember;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlanCarryOver;
import id.jejaring.workplan.WorkPlans;
import id.jejaring.evaluation.JointEvaluations;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Improvement and follow-up pages: the card on the partnership's page (improvement
 * actions, the manager's decision, the way to the next cycle, and on a next cycle the
 * renewal offer of the previous cycle's agreements), the same on a page of its own when a
 * form fails or an action is edited, the next-cycle page with the plan to carry over
 * beside this cycle's evaluation, and the dashboard's due actions.
 */
@Controller
class FollowUpController {

	private final FollowUps followUps;

	private final Partnerships partnerships;

	private final WorkPlanCarryOver carryOver;

	private final Agreements agreements;

	private final MessageSource messages;

	private final WorkPlans plans;

	private final JointEvaluations evaluations;

	private final PartnershipRows rows;

	FollowUpController(FollowUps followUps, Partnerships partnerships, WorkPlanCarryOver carryOver,
			Agreements agreements, MessageSource messages, WorkPlans plans, JointEvaluations evaluations,
			PartnershipRows rows) {
		this.rows = rows;
		this.plans = plans;
		this.evaluations = evaluations;
		this.followUps = followUps;
		this.partnerships = partnerships;
		this.carryOver = carryOver;
		this.agreements = agreements;
		this.messages = messages;
	}

	@GetMapping("/partnerships/{id}/follow-up")
	String card(@PathVariable UUID id, Model model) {
		fill(id, model);
		return "followup/card :: card";
	}

	@GetMapping("/partnerships/{id}/follow-up/page")
	String page(@PathVariable UUID id, @RequestParam(required = false) UUID edit, Model model) {
		this.followUps.actions(id).stream().filter((a) -> a.getId().equals(edit)).findFirst().ifPresent((a) -> {
			model.addAttribute("actionForm", ActionForm.of(a));
			model.addAttribute("editAction", a.getId());
		});
		fill(id, model);
		return "followup/page";
	}

	@PostMapping("/partnerships/{id}/follow-up/actions")
	@PreAuthorize(Access.EDIT)
	String addAction(@PathVariable UUID id, @Valid @ModelAttribute ActionForm actionForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ImprovementActionDetails details = actionDetails(actionForm, errors);
		return save(id, errors, model, redirect, "actionForm", () -> this.followUps.addAction(id, details).getId());
	}

	@PostMapping("/partnerships/{id}/follow-up/actions/{otherId}")
	@PreAuthorize(Access.EDIT)
	String updateAction(@PathVariable UUID id, @PathVariable UUID otherId, @Valid @ModelAttribute ActionForm actionForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ImprovementActionDetails details = actionDetails(actionForm, errors);
		model.addAttribute("editAction", otherId);
		return save(id, errors, model, redirect, "actionForm",
				() -> this.followUps.updateAction(id, otherId, actionForm.expectedVersion(), details).getId());
	}

	@PostMapping("/partnerships/{id}/follow-up/actions/{otherId}/status")
	@PreAuthorize(Access.EDIT)
	String actionStatus(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestParam(defaultValue = "0") long version, @RequestParam(required = false) String status,
			RedirectAttributes redirect) {
		ImprovementStatus wanted = parseStatus(status);
		if (wanted == null) {
			// nothing to change to: the page as it is
			this.followUps.actions(id);
			return "redirect:/partnerships/" + id + "/follow-up/page";
		}
		this.followUps.changeActionStatus(id, otherId, version, wanted);
		redirect.addFlashAttribute("followUpSaved", true);
		return "redirect:/partnerships/" + id + "#follow-up";
	}

	@PostMapping("/partnerships/{id}/follow-up/decision")
	@PreAuthorize(Access.MANAGE)
	String decide(@PathVariable UUID id, @Valid @ModelAttribute DecisionForm decisionForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			DecisionDetails details = decisionForm.details();
			DecisionRules.check(details, errors);
		}
		return save(id, errors, model, redirect, "decisionForm",
				() -> this.followUps.decide(id, decisionForm.expectedVersion(), decisionForm.details()).getId());
	}

	@GetMapping("/partnerships/{id}/next-cycle")
	@PreAuthorize(Access.EDIT)
	String nextCycle(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		WorkPlan plan = this.carryOver.planOf(id).orElse(null);
		if (!model.containsAttribute("nextCycleForm")) {
			model.addAttribute("nextCycleForm",
					NextCycleForm.of(partnership.getVersion(), partnership.getYear(), plan));
		}
		return nextCyclePage(partnership, plan, model);
	}

	@PostMapping("/partnerships/{id}/next-cycle")
	@PreAuthorize(Access.EDIT)
	String startNextCycle(@PathVariable UUID id, @Valid @ModelAttribute NextCycleForm nextCycleForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Partnership partnership = this.partnerships.get(id);
		if (!errors.hasErrors()) {
			nextCycleForm.missingTargets()
				.forEach((i) -> errors.rejectValue("indicators[" + i + "].target", "validation.followup.target"));
		}
		if (!errors.hasErrors()) {
			try {
				Partnership next = this.followUps.startNextCycle(id, nextCycleForm.expectedVersion(),
						nextCycleForm.yearValue(), nextCycleForm.selection(actuals(id)));
				redirect.addFlashAttribute("nextCycleStarted", true);
				return "redirect:/partnerships/" + next.getId();
			}
			catch (InvalidInputException ex) {
				ex.errors().getFieldErrors().forEach((e) -> errors.rejectValue(e.getField(), e.getCode()));
				ex.errors().getGlobalErrors().forEach((e) -> errors.reject(e.getCode()));
			}
			catch (FollowUpRefusedException ex) {
				model.addAttribute("refused", texts(ex.messageKeys()));
			}
			catch (MoveRefusedException ex) {
				model.addAttribute("refused", ex.missing()
					.stream()
					.map((m) -> this.messages.getMessage(m.messageKey(), m.args(), LocaleContextHolder.getLocale()))
					.toList());
			}
		}
		return nextCyclePage(partnership, this.carryOver.planOf(id).orElse(null), model);
	}

	@PostMapping("/partnerships/{id}/renewals")
	@PreAuthorize(Access.EDIT)
	String renew(@PathVariable UUID id, @Valid @ModelAttribute RenewalForm renewalForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		LocalDate from = FollowUpInput.date(renewalForm.effectiveFrom());
		LocalDate until = FollowUpInput.date(renewalForm.effectiveUntil());
		if (!errors.hasFieldErrors("effectiveFrom") && from == null) {
			errors.rejectValue("effectiveFrom", "validation.agreement.effectiveFrom");
		}
		if (!errors.hasFieldErrors("effectiveUntil") && until == null) {
			errors.rejectValue("effectiveUntil", "validation.agreement.effectiveUntil");
		}
		if (!errors.hasErrors() && until.isBefore(from)) {
			errors.rejectValue("effectiveUntil", "validation.agreement.periodOrder");
		}
		if (!errors.hasErrors()) {
			try {
				Agreement renewal = this.followUps.renew(id, FollowUpInput.id(renewalForm.agreementId()),
						FollowUpInput.version(renewalForm.version()), RenewalKind.valueOf(renewalForm.renewal()), from,
						until);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/agreements/" + renewal.getId();
			}
			catch (InvalidInputException ex) {
				ex.errors().getFieldErrors().forEach((e) -> errors.rejectValue(e.getField(), e.getCode()));
			}
			catch (AgreementRefusedException ex) {
				model.addAttribute("refused",
						ex.problems()
							.stream()
							.map((p) -> this.messages.getMessage(p.messageKey(), p.arguments().toArray(),
									LocaleContextHolder.getLocale()))
							.toList());
			}
		}
		model.addAttribute("renewalFailed", FollowUpInput.id(renewalForm.agreementId()));
		fill(id, model);
		return "followup/page";
	}

	@GetMapping("/follow-up/attention")
	String attention(Model model) {
		List<ImprovementAction> due = this.followUps.attention();
		model.addAttribute("due", due);
		model.addAttribute("today", this.followUps.today());
		model.addAttribute("owners", owners());
		model.addAttribute("titles",
				this.rows.titles(due.stream().map(ImprovementAction::getPartnershipId).distinct().toList()));
		return "followup/attention :: panel";
	}

	/** Checks what the patterns could not: a due date that is no real day. */
	private static ImprovementActionDetails actionDetails(ActionForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return null;
		}
		ImprovementActionDetails details = form.details();
		if (details.dueOn() == null) {
			errors.rejectValue("dueOn", "validation.followup.dueOn");
		}
		return details;
	}

	/**
	 * Saves through the service, or shows the page again with the messages beside the
	 * fields: those of the form, then the rules the service checks; a refused step at the
	 * top.
	 */
	private String save(UUID id, BindingResult errors, Model model, RedirectAttributes redirect, String form,
			Supplier<UUID> saving) {
		if (!errors.hasErrors()) {
			try {
				saving.get();
				redirect.addFlashAttribute("followUpSaved", true);
				return "redirect:/partnerships/" + id + "#follow-up";
			}
			catch (InvalidInputException ex) {
				ex.errors().getFieldErrors().forEach((e) -> errors.rejectValue(e.getField(), e.getCode()));
			}
			catch (FollowUpRefusedException ex) {
				model.addAttribute("refused", texts(ex.messageKeys()));
			}
			catch (MoveRefusedException ex) {
				model.addAttribute("refused", ex.missing()
					.stream()
					.map((m) -> this.messages.getMessage(m.messageKey(), m.args(), LocaleContextHolder.getLocale()))
					.toList());
			}
		}
		model.addAttribute("failed", form);
		fill(id, model);
		return "followup/page";
	}

	private void fill(UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		CycleDecision decision = this.followUps.decision(id).orElse(null);
		model.addAttribute("partnership", partnership);
		model.addAttribute("actions", this.followUps.actions(id));
		model.addAttribute("today", this.followUps.today());
		model.addAttribute("decision", decision);
		model.addAttribute("owners", owners());
		model.addAttribute("statuses", ImprovementStatus.values());
		model.addAttribute("outcomes", DecisionOutcome.values());
		boolean active = partnership.getStatus() == PartnershipStatus.ACTIVE;
		boolean started = decision != null && decision.getNextPartnershipId() != null;
		model.addAttribute("mayDecide", active && !started
				&& (partnership.getStage() == Stage.IMPROVEMENT || partnership.getStage() == Stage.FOLLOW_UP));
		model.addAttribute("mayStartNext", active && partnership.getStage() == Stage.FOLLOW_UP && decision != null
				&& decision.getOutcome().continues() && !started);
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", ActionForm.empty());
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", (decision != null) ? DecisionForm.of(decision) : DecisionForm.empty());
		}
		List<Agreement> renewable = this.followUps.renewable(id);
		model.addAttribute("renewable", renewable);
		if (!renewable.isEmpty()) {
			model.addAttribute("renewableStatuses", this.agreements.statuses(renewable));
			model.addAttribute("renewFrom", LocalDate.of(partnership.getYear(), 1, 1));
			model.addAttribute("renewUntil", LocalDate.of(partnership.getYear(), 12, 31));
		}
	}

	private String nextCyclePage(Partnership partnership, WorkPlan plan, Model model) {
		CycleDecision decision = this.followUps.decision(partnership.getId()).orElse(null);
		model.addAttribute("partnership", partnership);
		model.addAttribute("plan", plan);
		model.addAttribute("decision", decision);
		model.addAttribute("actuals", actuals(partnership.getId()));
		model.addAttribute("evaluationSummary", this.evaluations.summary(partnership.getId()));
		model.addAttribute("actions", this.followUps.actions(partnership.getId()));
		model.addAttribute("owners", owners());
		if (!model.containsAttribute("refused")) {
			List<String> missing = DecisionRules.missingToStartNextCycle(partnership.getStage(),
					partnership.getStatus(), decision);
			if (!missing.isEmpty()) {
				model.addAttribute("blocked", texts(missing));
			}
		}
		return "followup/next-cycle";
	}

	/**
	 * What this cycle's indicators reached, by indicator, where the work plan records
	 * something (nothing recorded, or nothing reached: the new baseline is then the old
	 * target).
	 */
	private Map<UUID, Long> actuals(UUID partnershipId) {
		Map<UUID, Long> actuals = new LinkedHashMap<>();
		this.plans.progress(partnershipId)
			.indicators()
			.stream()
			.filter((indicator) -> indicator.actual() > 0)
			.forEach((indicator) -> actuals.put(indicator.id(), indicator.actual()));
		return actuals;
	}

	private Map<UUID, String> owners() {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (StaffMember member : this.followUps.owners()) {
			names.put(member.id(), member.name());
		}
		return names;
	}

	private List<String> texts(List<String> keys) {
		return keys.stream()
			.map((key) -> this.messages.getMessage(key, null, LocaleContextHolder.getLocale()))
			.toList();
	}

	private static ImprovementStatus parseStatus(String status) {
		for (ImprovementStatus value : ImprovementStatus.values()) {
			if (value.name().equals(status)) {
				return value;
			}
		}
		return null;
	}

}
