package id.jejaring.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.evaluation.Cadence;
import id.jejaring.evaluation.JointEvaluations;
import id.jejaring.evaluation.Monitoring;
import id.jejaring.evaluation.MonitoringDetails;
import id.jejaring.evaluation.MonitoringRecord;
import id.jejaring.evaluation.MonitoringRules;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import jakarta.validation.Valid;

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
 * Monitoring pages: the card on the partnership's page, the list of the cycle's records
 * with their follow-ups, the record form (new and edit) with the messages beside its
 * fields, the cadence and the follow-up done toggle; and the dashboard's "evaluations
 * due" panel.
 */
@Controller
class MonitoringController {

	private final Monitoring monitoring;

	private final JointEvaluations evaluations;

	private final Partnerships partnerships;

	MonitoringController(Monitoring monitoring, JointEvaluations evaluations, Partnerships partnerships) {
		this.monitoring = monitoring;
		this.evaluations = evaluations;
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerships/{id}/monitoring")
	String card(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		List<MonitoringRecord> records = this.monitoring.records(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("cadence", this.monitoring.cadence(id));
		model.addAttribute("records", records);
		model.addAttribute("dueSince", this.monitoring.dueSince(id).orElse(null));
		model.addAttribute("openFollowUps",
				records.stream().flatMap((r) -> r.getFollowUps().stream()).filter((f) -> !f.isDone()).count());
		model.addAttribute("joint", this.evaluations.isJoint(id, partnership.getCycle()));
		return "evaluation/monitoring-card :: card";
	}

	@GetMapping("/partnerships/{id}/monitoring/page")
	String page(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("cadence", this.monitoring.cadence(id));
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("records", this.monitoring.records(id));
		model.addAttribute("dueSince", this.monitoring.dueSince(id).orElse(null));
		model.addAttribute("today", this.monitoring.today());
		return "evaluation/monitoring";
	}

	@PostMapping("/partnerships/{id}/monitoring/cadence")
	@PreAuthorize(Access.EDIT)
	String cadence(@PathVariable UUID id, @RequestParam(required = false) Cadence cadence,
			RedirectAttributes redirect) {
		if (cadence != null) {
			this.monitoring.changeCadence(id, cadence);
			redirect.addFlashAttribute("saved", true);
		}
		else {
			this.partnerships.get(id);
		}
		return "redirect:/partnerships/" + id + "/monitoring/page";
	}

	@PostMapping("/partnerships/{id}/monitoring/follow-ups/{otherId}/done")
	@PreAuthorize(Access.EDIT)
	String toggle(@PathVariable UUID id, @PathVariable UUID otherId, RedirectAttributes redirect) {
		this.monitoring.toggleFollowUp(id, otherId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/partnerships/" + id + "/monitoring/page";
	}

	@GetMapping("/partnerships/{id}/monitoring/new")
	@PreAuthorize(Access.EDIT)
	String newForm(@PathVariable UUID id, Model model) {
		Cadence cadence = this.monitoring.cadence(id);
		LocalDate period = this.monitoring.dueSince(id).orElseGet(() -> cadence.periodStart(this.monitoring.today()));
		model.addAttribute("monitoringForm", MonitoringForm.empty(period));
		return form(id, null, model);
	}

	@PostMapping("/partnerships/{id}/monitoring/new")
	@PreAuthorize(Access.EDIT)
	String add(@PathVariable UUID id, @Valid @ModelAttribute MonitoringForm monitoringForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		MonitoringDetails details = monitoringForm.details(this.monitoring.cadence(id), errors);
		return save(id, null, errors, model, redirect, () -> this.monitoring.add(id, details).getId());
	}

	@GetMapping("/partnerships/{id}/monitoring/{otherId}")
	@PreAuthorize(Access.EDIT)
	String editForm(@PathVariable UUID id, @PathVariable UUID otherId, Model model) {
		model.addAttribute("monitoringForm", MonitoringForm.of(this.monitoring.record(id, otherId)));
		return form(id, otherId, model);
	}

	@PostMapping("/partnerships/{id}/monitoring/{otherId}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @PathVariable UUID otherId,
			@Valid @ModelAttribute MonitoringForm monitoringForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MonitoringRecord record = this.monitoring.record(id, otherId);
		MonitoringDetails details = monitoringForm.details(record.getCadence(), errors);
		return save(id, otherId, errors, model, redirect,
				() -> this.monitoring.update(id, otherId, monitoringForm.expectedVersion(), details).getId());
	}

	@GetMapping("/evaluations/attention")
	String attention(Model model) {
		model.addAttribute("attention", this.monitoring.attention());
		return "evaluation/attention :: panel";
	}

	private String save(UUID id, UUID recordId, BindingResult errors, Model model, RedirectAttributes redirect,
			Supplier<UUID> saving) {
		if (!errors.hasErrors()) {
			try {
				UUID saved = saving.get();
				redirect.addFlashAttribute("saved", true);
				return "redirect:/partnerships/" + id + "/monitoring/page#record-" + saved;
			}
			catch (InvalidInputException ex) {
				ex.errors().getFieldErrors().forEach((e) -> errors.rejectValue(e.getField(), e.getCode()));
			}
		}
		return form(id, recordId, model);
	}

	private String form(UUID id, UUID recordId, Model model) {
		Partnership partnership = this.partnerships.get(id);
		Cadence cadence = (recordId != null) ? this.monitoring.record(id, recordId).getCadence()
				: this.monitoring.cadence(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("recordId", recordId);
		model.addAttribute("cadence", cadence);
		List<LocalDate> periods = new java.util.ArrayList<>(
				MonitoringRules.periodsOffered(cadence, this.monitoring.today()));
		Object form = model.getAttribute("monitoringForm");
		if (form instanceof MonitoringForm f) {
			LocalDate chosen = MonitoringForm.date(f.periodStart());
			if (chosen != null && !periods.contains(chosen)) {
				periods.add(chosen);
			}
		}
		model.addAttribute("periods", periods);
		return "evaluation/monitoring-form";
	}

}
