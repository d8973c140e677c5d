package id.jejaring.agreement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementDetails;
import id.jejaring.agreement.AgreementFilter;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.AgreementRefusedException;
import id.jejaring.agreement.AgreementScan;
import id.jejaring.agreement.AgreementStatus;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.RenewalKind;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.Downloads;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.Texts;
import id.jejaring.shared.Uploads;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agreement's pages: drafting one for a partnership from the clause library, editing
 * it, its page (status, number, parties and signatures, articles, the chain of MoU, PKS,
 * addenda and renewals, versions, the signed scan) and its steps: ready to sign,
 * signatures, scan upload, signed and terminated (the manager's), renewal; and the
 * agreements section of a partnership's page.
 */
@Controller
@PreAuthorize(Access.READ)
class AgreementController {

	private final Agreements agreements;

	private final Partnerships partnerships;

	private final ProblemTexts problems;

	private final DataSize maxScanSize;

	AgreementController(Agreements agreements, Partnerships partnerships, ProblemTexts problems,
			@Value("${jejaring.attachments.max-size:5MB}") DataSize maxScanSize) {
		this.agreements = agreements;
		this.partnerships = partnerships;
		this.problems = problems;
		this.maxScanSize = maxScanSize;
	}

	/** The agreements section of a partnership's page, loaded by htmx. */
	@GetMapping("/partnerships/{id}/agreements")
	String forPartnership(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		List<Agreement> found = this.agreements.forPartnership(id);
		model.addAttribute("partnership", partnership);
		model.addAttribute("agreements", found);
		model.addAttribute("statuses", this.agreements.statuses(found));
		model.addAttribute("hasMou", found.stream().anyMatch((a) -> a.getKind() == AgreementKind.MOU));
		model.addAttribute("hasSigned", found.stream().anyMatch((a) -> a.getSignedAt() != null));
		return "agreement/partnership-section :: section";
	}

	/**
	 * The dashboard's panel: agreements ending soon (soonest first) and those waiting for
	 * signatures, at most ten of each, each list one query.
	 */
	@GetMapping("/agreements/attention")
	String attention(Model model) {
		Sort soonest = Sort.by("effectiveUntil");
		List<Agreement> endingSoon = this.agreements
			.list(new AgreementFilter(null, AgreementStatus.ENDING_SOON, null, null, null, null),
					org.springframework.data.domain.PageRequest.of(0, 10, soonest))
			.getContent();
		LocalDate today = this.agreements.today();
		model.addAttribute("endingSoon", endingSoon);
		model.addAttribute("daysLeft",
				endingSoon.stream()
					.collect(java.util.stream.Collectors.toMap(Agreement::getId,
							(a) -> ChronoUnit.DAYS.between(today, a.getEffectiveUntil()))));
		model.addAttribute("readyToSign",
				this.agreements
					.list(new AgreementFilter(null, AgreementStatus.READY_TO_SIGN, null, null, null, null),
							org.springframework.data.domain.PageRequest.of(0, 10, Sort.by("readyAt")))
					.getContent());
		return "agreement/attention :: panel";
	}

	@GetMapping("/partnerships/{id}/agreements/new")
	@PreAuthorize(Access.EDIT)
	String newForm(@PathVariable UUID id, @RequestParam(defaultValue = "MOU") AgreementKind kind,
			@RequestParam(required = false) UUID parentId, Model model) {
		AgreementDetails draft = this.agreements.newDraft(id, kind);
		model.addAttribute("agreementForm", AgreementForm.of(kind, parentId, draft, 0).withNewRows());
		return form(model, id, null);
	}

	@PostMapping("/partnerships/{id}/agreements")
	@PreAuthorize(Access.EDIT)
	String create(@PathVariable UUID id, @Valid @ModelAttribute AgreementForm agreementForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.partnerships.get(id);
		if (agreementForm.kind() == null) {
			// the kind comes from the link that opened the form; without it, start again
			return "redirect:/partnerships/" + id + "/agreements/new";
		}
		agreementForm.check(errors);
		AgreementDetails details = agreementForm.details();
		this.agreements.check(id, agreementForm.kind(), agreementForm.parentId(), details, errors);
		if (errors.hasErrors()) {
			return form(model, id, null);
		}
		Agreement created = this.agreements.draft(id, agreementForm.kind(), agreementForm.parentId(), details);
		redirect.addFlashAttribute("success", "agreement.saved");
		return "redirect:/agreements/" + created.getId();
	}

	@GetMapping("/agreements/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String editForm(@PathVariable UUID id, Model model) {
		Agreement agreement = this.agreements.get(id);
		model.addAttribute("agreementForm", AgreementForm.of(agreement).withNewRows());
		return form(model, agreement.getPartnershipId(), agreement);
	}

	@PostMapping("/agreements/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute AgreementForm agreementForm, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		Agreement agreement = this.agreements.get(id);
		agreementForm.check(errors);
		AgreementDetails details = agreementForm.details();
		this.agreements.check(agreement.getPartnershipId(), agreement.getKind(), agreement.getParentId(), details,
				errors);
		if (errors.hasErrors()) {
			return form(model, agreement.getPartnershipId(), agreement);
		}
		try {
			this.agreements.update(id, agreementForm.version(), details);
			redirect.addFlashAttribute("success", "agreement.saved");
		}
		catch (AgreementRefusedException refused) {
			redirect.addFlashAttribute("refused", this.problems.of(refused.problems(), locale));
		}
		return "redirect:/agreements/" + id;
	}

	private String form(Model model, UUID partnershipId, Agreement agreement) {
		Partnership partnership = this.partnerships.get(partnershipId);
		AgreementForm form = (AgreementForm) model.getAttribute("agreementForm");
		model.addAttribute("partnership", partnership);
		model.addAttribute("agreement", agreement);
		model.addAttribute("clauseTypes", id.jejaring.agreement.ClauseType.values());
		model.addAttribute("parents", (form.kind() != null && form.kind() != AgreementKind.MOU)
				? possibleParents(partnership, form.kind()) : List.of());
		return "agreement/form";
	}

	/** Agreements this kind may sit under that share a partner with the partnership. */
	private List<Agreement> possibleParents(Partnership partnership, AgreementKind kind) {
		List<Agreement> found = new ArrayList<>();
		for (UUID partnerId : partnership.partnerIds()) {
			this.agreements.all(new AgreementFilter(null, null, partnerId, null, null, null), Sort.by("createdAt"))
				.stream()
				.filter((a) -> kind.mayHaveParent(a.getKind()) && a.getTerminatedOn() == null)
				.filter((a) -> !found.contains(a))
				.forEach(found::add);
		}
		return found;
	}

	@GetMapping("/agreements/{id}")
	String detail(@PathVariable UUID id, Model model, Locale locale) {
		Agreement agreement = this.agreements.get(id);
		AgreementStatus status = this.agreements.status(agreement);
		model.addAttribute("agreement", agreement);
		model.addAttribute("status", status);
		model.addAttribute("partnership", this.partnerships.get(agreement.getPartnershipId()));
		model.addAttribute("parent",
				(agreement.getParentId() != null) ? this.agreements.get(agreement.getParentId()) : null);
		model.addAttribute("previous",
				(agreement.getPreviousId() != null) ? this.agreements.get(agreement.getPreviousId()) : null);
		model.addAttribute("successor",
				(agreement.getSupersededById() != null) ? this.agreements.get(agreement.getSupersededById()) : null);
		model.addAttribute("children", this.agreements.children(id));
		model.addAttribute("renewals", this.agreements.renewals(id));
		model.addAttribute("versions", this.agreements.versions(id));
		model.addAttribute("scans", this.agreements.scans(id));
		model.addAttribute("missingToBeReady", this.problems.of(this.agreements.missingToBeReady(agreement), locale));
		model.addAttribute("missingToBeSigned", this.problems.of(this.agreements.missingToBeSigned(agreement), locale));
		model.addAttribute("isManager", this.partnerships.isManager());
		model.addAttribute("today", this.agreements.today());
		model.addAttribute("maxMegabytes", this.maxScanSize.toMegabytes());
		model.addAttribute("renewalKinds", RenewalKind.values());
		LocalDate until = agreement.getEffectiveUntil();
		LocalDate from = agreement.getEffectiveFrom();
		if (until != null && from != null) {
			long days = ChronoUnit.DAYS.between(from, until);
			model.addAttribute("renewFrom", until.plusDays(1));
			model.addAttribute("renewUntil", until.plusDays(1).plusDays(days));
			model.addAttribute("daysLeft", ChronoUnit.DAYS.between(this.agreements.today(), until));
		}
		return "agreement/detail";
	}

	@PostMapping("/agreements/{id}/ready")
	@PreAuthorize(Access.EDIT)
	String ready(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect,
			Locale locale) {
		return step(id, redirect, locale, "agreement.readySaved", () -> this.agreements.markReady(id, version));
	}

	@PostMapping("/agreements/{id}/signatures")
	@PreAuthorize(Access.EDIT)
	String signatures(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) List<String> signedOn, RedirectAttributes redirect, Locale locale) {
		Agreement agreement = this.agreements.get(id);
		List<String> typed = (signedOn != null) ? signedOn : List.of();
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < agreement.getParties().size(); i++) {
			String text = (i < typed.size()) ? Texts.clean(typed.get(i)) : null;
			LocalDate day = AgreementForm.date(text);
			if (text != null && day == null) {
				redirect.addFlashAttribute("signaturesError", "validation.date");
				return "redirect:/agreements/" + id + "#signing";
			}
			days.add(day);
		}
		try {
			this.agreements.recordSignatures(id, version, days);
			redirect.addFlashAttribute("success", "agreement.signaturesSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("signaturesError", firstCode(ex));
		}
		catch (AgreementRefusedException refused) {
			redirect.addFlashAttribute("refused", this.problems.of(refused.problems(), locale));
		}
		return "redirect:/agreements/" + id + "#signing";
	}

	@PostMapping("/agreements/{id}/scans")
	@PreAuthorize(Access.EDIT)
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		this.agreements.get(id);
		try {
			this.agreements.uploadScan(id, (file != null) ? file.getOriginalFilename() : null,
					Uploads.read(file, this.maxScanSize), this.maxScanSize);
			redirect.addFlashAttribute("success", "agreement.scanSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("scanError", firstCode(ex));
		}
		catch (AgreementRefusedException refused) {
			redirect.addFlashAttribute("refused", this.problems.of(refused.problems(), locale));
		}
		return "redirect:/agreements/" + id + "#signing";
	}

	/** The signed scan, always as a download with the type read from its content. */
	@GetMapping("/agreements/{id}/scans/{otherId}")
	ResponseEntity<byte[]> scan(@PathVariable UUID id, @PathVariable UUID otherId) {
		AgreementScan scan = this.agreements.scan(id, otherId);
		return Downloads.attachment(scan.getFileName(), scan.getContentType(), scan.getContent());
	}

	@PostMapping("/agreements/{id}/signed")
	@PreAuthorize(Access.MANAGE)
	String signed(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect,
			Locale locale) {
		return step(id, redirect, locale, "agreement.signedSaved", () -> this.agreements.markSigned(id, version));
	}

	@PostMapping("/agreements/{id}/terminate")
	@PreAuthorize(Access.MANAGE)
	String terminate(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String terminatedOn, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		this.agreements.get(id);
		String typed = Texts.clean(terminatedOn);
		LocalDate on = AgreementForm.date(typed);
		if (typed != null && on == null) {
			redirect.addFlashAttribute("terminateError", "validation.date");
			return "redirect:/agreements/" + id + "#terminate";
		}
		try {
			this.agreements.terminate(id, version, on, reason);
			redirect.addFlashAttribute("success", "agreement.terminatedSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("terminateError", firstCode(ex));
			redirect.addFlashAttribute("terminateReason", reason);
			return "redirect:/agreements/" + id + "#terminate";
		}
		catch (AgreementRefusedException refused) {
			redirect.addFlashAttribute("refused", this.problems.of(refused.problems(), locale));
		}
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/agreements/{id}/renew")
	@PreAuthorize(Access.EDIT)
	String renew(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) RenewalKind renewal, @RequestParam(required = false) String effectiveFrom,
			@RequestParam(required = false) String effectiveUntil, RedirectAttributes redirect, Locale locale) {
		this.agreements.get(id);
		String fromText = Texts.clean(effectiveFrom);
		String untilText = Texts.clean(effectiveUntil);
		LocalDate from = AgreementForm.date(fromText);
		LocalDate until = AgreementForm.date(untilText);
		if ((fromText != null && from == null) || (untilText != null && until == null)) {
			redirect.addFlashAttribute("renewError", "validation.date");
			return "redirect:/agreements/" + id + "#renew";
		}
		try {
			Agreement renewed = this.agreements.renew(id, version, renewal, from, until);
			redirect.addFlashAttribute("success", "agreement.renewedSaved");
			return "redirect:/agreements/" + renewed.getId();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("renewError", firstCode(ex));
			return "redirect:/agreements/" + id + "#renew";
		}
		catch (AgreementRefusedException refused) {
			redirect.addFlashAttribute("refused", this.problems.of(refused.problems(), locale));
			return "redirect:/agreements/" + id;
		}
	}

	/** Two saved versions side by side, article by article; the newest two by default. */
	@GetMapping("/agreements/{id}/compare")
	String compare(@PathVariable UUID id, @RequestParam(required = false) Integer left,
			@RequestParam(required = false) Integer right, Model model) {
		Agreement agreement = this.agreements.get(id);
		int newest = agreement.getCurrentVersion();
		int rightNumber = clamp((right != null) ? right : newest, newest);
		int leftNumber = clamp((left != null) ? left : Math.max(1, rightNumber - 1), newest);
		model.addAttribute("agreement", agreement);
		model.addAttribute("versions", this.agreements.versions(id));
		model.addAttribute("left", this.agreements.version(id, leftNumber));
		model.addAttribute("right", this.agreements.version(id, rightNumber));
		model.addAttribute("rows", VersionComparison.of(this.agreements.version(id, leftNumber).clauses(),
				this.agreements.version(id, rightNumber).clauses()));
		return "agreement/compare";
	}

	private static int clamp(int number, int newest) {
		return Math.min(Math.max(number, 1), Math.max(newest, 1));
	}

	/** Records that a version was sent to the partner. */
	@PostMapping("/agreements/{id}/versions/{otherId}/sent")
	@PreAuthorize(Access.EDIT)
	String sent(@PathVariable UUID id, @PathVariable UUID otherId, @RequestParam(required = false) String sentOn,
			@RequestParam(required = false) String sentTo, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		int number = this.agreements.versionById(id, otherId).getNumber();
		String typed = Texts.clean(sentOn);
		LocalDate on = AgreementForm.date(typed);
		if (typed != null && on == null) {
			redirect.addFlashAttribute("sentError", "validation.date");
			return "redirect:/agreements/" + id + "#versions";
		}
		try {
			this.agreements.recordSent(id, number, on, sentTo, note);
			redirect.addFlashAttribute("success", "agreement.sentSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("sentError", firstCode(ex));
			// the only length that can be exceeded by a typed text is the note's or the
			// name's
			redirect.addFlashAttribute("sentErrorLimit", (ex.errors().getFieldError("note") != null) ? 1000 : 200);
		}
		return "redirect:/agreements/" + id + "#versions";
	}

	private String step(UUID id, RedirectAttributes redirect, Locale locale, String success, Runnable action) {
		this.agreements.get(id);
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (AgreementRefusedException refused) {
			redirect.addFlashAttribute("refused", this.problems.of(refused.problems(), locale));
		}
		return "redirect:/agreements/" + id;
	}

	private static String firstCode(InvalidInputException ex) {
		FieldError field = ex.errors().getFieldError();
		return (field != null) ? field.getCode() : (ex.errors().getGlobalError() != null)
				? ex.errors().getGlobalError().getCode() : "validation.invalid";
	}

}
