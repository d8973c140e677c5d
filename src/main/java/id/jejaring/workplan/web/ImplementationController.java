package id.jejaring.workplan.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.DocumentText;
import id.jejaring.shared.Downloads;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.PdfRenderer;
import id.jejaring.shared.Uploads;
import id.jejaring.workplan.ActivityReport;
import id.jejaring.workplan.ActivityStatus;
import id.jejaring.workplan.PlanImplementation;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlans;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The implementation page of a partnership's current cycle: each activity's status,
 * progress and actual dates, its evidence with the manager's review, the indicators'
 * monthly actuals against their targets and the flags; the plan as PDF; the dashboard's
 * panel; the manager's settings. A form that fails comes back with the submitted values
 * and the messages beside its fields; several forms share the page, so the failed one is
 * named by its item's id.
 */
@Controller
class ImplementationController {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final PlanImplementation implementation;

	private final WorkPlans plans;

	private final Partnerships partnerships;

	private final PartnershipRows rows;

	private final InstitutionManagement institutions;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final DataSize maxSize;

	ImplementationController(PlanImplementation implementation, WorkPlans plans, Partnerships partnerships,
			PartnershipRows rows, InstitutionManagement institutions, MessageSource messages, ITemplateEngine templates,
			@Value("${jejaring.attachments.max-size:5MB}") DataSize maxSize) {
		this.implementation = implementation;
		this.plans = plans;
		this.partnerships = partnerships;
		this.rows = rows;
		this.institutions = institutions;
		this.messages = messages;
		this.templates = templates;
		this.maxSize = maxSize;
	}

	@GetMapping("/partnerships/{id}/implementation")
	String page(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("view", this.implementation.view(id));
		model.addAttribute("names", new PartyLabels(parties(partnership)));
		model.addAttribute("statuses",
				List.of(ActivityStatus.PLANNED, ActivityStatus.RUNNING, ActivityStatus.DONE, ActivityStatus.CANCELLED));
		model.addAttribute("thisMonth", YearMonth.from(this.implementation.today()).toString());
		if (!model.containsAttribute("failedId")) {
			model.addAttribute("failedId", null);
			model.addAttribute("failedErrors", Map.of());
			model.addAttribute("failedValues", Map.of());
		}
		return "workplan/implementation";
	}

	@PostMapping("/partnerships/{id}/activities/{otherId}/status")
	@PreAuthorize(Access.EDIT)
	String report(@PathVariable UUID id, @PathVariable UUID otherId, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ActivityStatus status = parseStatus(form.get("status"), errors);
		int progress = parseInt(form.get("progress"), 0, 100, "progress", "validation.workplan.progress", errors);
		LocalDate start = parseDate(form.get("actualStart"), "actualStart", errors);
		LocalDate end = parseDate(form.get("actualEnd"), "actualEnd", errors);
		long version = parseLong(form.get("version"));
		if (errors.isEmpty()) {
			try {
				this.implementation.report(id, otherId, version,
						new ActivityReport(status, progress, start, end, text(form.get("cancelReason"))));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/partnerships/" + id + "/implementation#activity-" + otherId;
			}
			catch (InvalidInputException ex) {
				errors.putAll(fieldMessages(ex, locale));
			}
		}
		return failed(id, otherId, form, resolve(errors, locale), model);
	}

	@PostMapping("/partnerships/{id}/activities/{otherId}/evidence")
	@PreAuthorize(Access.EDIT)
	String submitEvidence(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String caption,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			this.implementation.submitEvidence(id, otherId, (file != null) ? file.getOriginalFilename() : null,
					Uploads.read(file, this.maxSize), this.maxSize, caption);
			redirect.addFlashAttribute("evidenceSaved", true);
			return "redirect:/partnerships/" + id + "/implementation#activity-" + otherId;
		}
		catch (InvalidInputException ex) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("caption", (caption != null) ? caption : "");
			return failed(id, otherId, values, fieldMessages(ex, locale), model);
		}
	}

	@GetMapping("/partnerships/{id}/evidence/{otherId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID otherId) {
		PlanImplementation.EvidenceDownload file = this.implementation.download(id, otherId);
		return Downloads.attachment(file.fileName(), file.contentType(), file.content());
	}

	@PostMapping("/partnerships/{id}/evidence/{otherId}/verify")
	@PreAuthorize(Access.MANAGE)
	String verify(@PathVariable UUID id, @PathVariable UUID otherId, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		this.implementation.verify(id, otherId, version);
		redirect.addFlashAttribute("verified", true);
		return "redirect:/partnerships/" + id + "/implementation#evidence-" + otherId;
	}

	@PostMapping("/partnerships/{id}/evidence/{otherId}/return")
	@PreAuthorize(Access.MANAGE)
	String sendBack(@PathVariable UUID id, @PathVariable UUID otherId, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.implementation.sendBack(id, otherId, version, reason);
			redirect.addFlashAttribute("returned", true);
			return "redirect:/partnerships/" + id + "/implementation#evidence-" + otherId;
		}
		catch (InvalidInputException ex) {
			return failed(id, otherId, Map.of("reason", (reason != null) ? reason : ""), fieldMessages(ex, locale),
					model);
		}
	}

	@PostMapping("/partnerships/{id}/indicators/{otherId}/actuals")
	@PreAuthorize(Access.EDIT)
	String recordActual(@PathVariable UUID id, @PathVariable UUID otherId, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		YearMonth period = null;
		try {
			period = YearMonth.parse(form.getOrDefault("period", "").strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("period", "validation.workplan.period");
		}
		long value = 0;
		String typed = form.getOrDefault("value", "");
		if (!typed.matches(PlanInput.AMOUNT)) {
			errors.put("value", "validation.workplan.number");
		}
		else {
			value = PlanInput.amount(typed);
		}
		if (errors.isEmpty()) {
			try {
				this.implementation.recordActual(id, otherId, period, value, form.get("note"));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/partnerships/" + id + "/implementation#indicator-" + otherId;
			}
			catch (InvalidInputException ex) {
				errors.putAll(fieldMessages(ex, locale));
			}
		}
		return failed(id, otherId, form, resolve(errors, locale), model);
	}

	@PostMapping("/partnerships/{id}/actuals/{otherId}/delete")
	@PreAuthorize(Access.EDIT)
	String removeActual(@PathVariable UUID id, @PathVariable UUID otherId, RedirectAttributes redirect) {
		this.implementation.removeActual(id, otherId);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/partnerships/" + id + "/implementation";
	}

	/** The plan to send to the partner, as PDF in Indonesian. */
	@GetMapping("/partnerships/{id}/work-plan/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		Partnership partnership = this.partnerships.get(id);
		WorkPlan plan = this.plans.current(id).orElseThrow(NotFoundException::new);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("partnership", partnership);
		variables.put("plan", plan);
		variables.put("institution", this.institutions.current().getName());
		variables.put("names", new PartyLabels(parties(partnership)));
		variables.put("today", this.implementation.today());
		variables.put("fmt", new DocumentText());
		String html = this.templates.process("workplan/plan-pdf", new Context(INDONESIAN, variables));
		String name = "rencana-kerja-siklus-" + partnership.getCycle() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(PdfRenderer.render(html));
	}

	/**
	 * The dashboard's panel: activities due within a fortnight and late ones, activities
	 * without evidence, evidence awaiting verification, indicators behind target.
	 */
	@GetMapping("/work-plans/attention")
	String attention(Model model) {
		model.addAttribute("attention", this.implementation.attention(10));
		return "workplan/attention :: panel";
	}

	@GetMapping("/work-plans/settings")
	@PreAuthorize(Access.MANAGE)
	String settings(Model model) {
		if (!model.containsAttribute("days")) {
			model.addAttribute("days", String.valueOf(this.implementation.missingEvidenceDays()));
		}
		return "workplan/settings";
	}

	@PostMapping("/work-plans/settings")
	@PreAuthorize(Access.MANAGE)
	String saveSettings(@RequestParam(required = false) String missingEvidenceDays, Model model,
			RedirectAttributes redirect, Locale locale) {
		String typed = (missingEvidenceDays != null) ? missingEvidenceDays.strip() : "";
		try {
			int days = typed.matches("^[0-9]{1,4}$") ? Integer.parseInt(typed) : -1;
			this.implementation.saveMissingEvidenceDays(days);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/work-plans/settings";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("days", typed);
			model.addAttribute("daysError", fieldMessages(ex, locale).get("missingEvidenceDays"));
			return "workplan/settings";
		}
	}

	private String failed(UUID id, UUID itemId, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("failedId", itemId);
		model.addAttribute("failedValues", values);
		model.addAttribute("failedErrors", errors);
		return page(id, model);
	}

	private Map<String, String> fieldMessages(InvalidInputException ex, Locale locale) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldError error : ex.errors().getFieldErrors()) {
			messages.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		return messages;
	}

	private Map<String, String> resolve(Map<String, String> codes, Locale locale) {
		Map<String, String> resolved = new LinkedHashMap<>();
		codes.forEach((field, code) -> resolved.put(field,
				code.startsWith("validation.") ? this.messages.getMessage(code, null, code, locale) : code));
		return resolved;
	}

	private static ActivityStatus parseStatus(String value, Map<String, String> errors) {
		try {
			ActivityStatus status = ActivityStatus.valueOf((value != null) ? value.strip() : "");
			if (status != ActivityStatus.LATE) {
				return status;
			}
		}
		catch (IllegalArgumentException ex) {
			// refused below
		}
		errors.put("status", "validation.workplan.status");
		return null;
	}

	private static int parseInt(String value, int min, int max, String field, String code, Map<String, String> errors) {
		String typed = (value != null) ? value.strip() : "";
		if (typed.matches("^[0-9]{1,3}$")) {
			int parsed = Integer.parseInt(typed);
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		errors.put(field, code);
		return 0;
	}

	private static LocalDate parseDate(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate date = PlanInput.date(value.strip());
		if (date == null) {
			errors.put(field, "validation.workplan.date");
		}
		return date;
	}

	private static long parseLong(String value) {
		return (value != null && value.matches("^[0-9]{1,18}$")) ? Long.parseLong(value) : -1;
	}

	private static String text(String value) {
		return PlanInput.text(value);
	}

	/** The parties by the value a party field takes (empty for the institution). */
	private Map<String, String> parties(Partnership partnership) {
		Map<String, String> parties = new LinkedHashMap<>();
		parties.put("", this.institutions.current().getName());
		this.rows.parties(List.of(partnership.getId()))
			.getOrDefault(partnership.getId(), List.of())
			.forEach((party) -> parties.put(party.partnerId().toString(), party.name()));
		return parties;
	}

}
