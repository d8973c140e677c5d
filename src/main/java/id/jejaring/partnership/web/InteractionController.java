package id.jejaring.partnership.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.InteractionApproach;
import id.jejaring.partnership.InteractionAttachment;
import id.jejaring.partnership.InteractionKind;
import id.jejaring.partnership.InteractionView;
import id.jejaring.partnership.Interactions;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.Downloads;
import id.jejaring.shared.Uploads;
import id.jejaring.shared.InvalidInputException;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interaction log in the pages: the lists of a partner and of a partnership (htmx
 * fragments their pages load), the form (with an optional first attachment), an
 * interaction's page with its attachments and follow-up, and the attachment download.
 */
@Controller
@PreAuthorize(Access.READ)
class InteractionController {

	static final int PAGE_SIZE = 10;

	private final Interactions interactions;

	private final Partners partners;

	private final Partnerships partnerships;

	InteractionController(Interactions interactions, Partners partners, Partnerships partnerships) {
		this.interactions = interactions;
		this.partners = partners;
		this.partnerships = partnerships;
	}

	@GetMapping("/partners/{id}/interactions")
	String ofPartner(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<InteractionView> found = this.interactions.forPartner(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("newUrl", "/interactions/new?partnerId=" + id);
		return list(model, found, "/partners/" + id + "/interactions", false);
	}

	@GetMapping("/partnerships/{id}/interactions")
	String ofPartnership(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<InteractionView> found = this.interactions.forPartnership(id,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("newUrl", "/interactions/new?partnershipId=" + id);
		return list(model, found, "/partnerships/" + id + "/interactions", true);
	}

	private String list(Model model, Page<InteractionView> page, String url, boolean showPartner) {
		model.addAttribute("page", page);
		model.addAttribute("showPartner", showPartner);
		model.addAttribute("today", this.interactions.today());
		model.addAttribute("previousUrl", page.hasPrevious() ? url + "?page=" + (page.getNumber() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? url + "?page=" + (page.getNumber() + 1) : null);
		return "partnership/interactions :: list";
	}

	@GetMapping("/interactions/new")
	@PreAuthorize(Access.EDIT)
	String newForm(@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) UUID partnershipId,
			Model model) {
		UUID partner = partnerId;
		if (partner == null && partnershipId != null) {
			List<UUID> parties = this.partnerships.get(partnershipId).partnerIds();
			if (parties.size() == 1) {
				partner = parties.get(0);
			}
		}
		model.addAttribute("interactionForm",
				InteractionForm.start(partner, partnershipId, this.interactions.today().toString()));
		return form(model, null);
	}

	@PostMapping("/interactions")
	@PreAuthorize(Access.EDIT)
	String create(@Valid @ModelAttribute InteractionForm interactionForm, BindingResult errors,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		interactionForm.check(errors);
		this.interactions.check(interactionForm.details(), errors);
		byte[] content = (file != null && !file.isEmpty()) ? Uploads.read(file, this.interactions.maxAttachmentSize())
				: null;
		if (content != null) {
			String refused = this.interactions.refusal(content);
			if (refused != null) {
				model.addAttribute("fileError", refused);
				model.addAttribute("maxMegabytes", this.interactions.maxAttachmentSize().toMegabytes());
			}
		}
		if (errors.hasErrors() || model.containsAttribute("fileError")) {
			return form(model, null);
		}
		UUID id = this.interactions
			.log(interactionForm.details(), (file != null) ? file.getOriginalFilename() : null, content)
			.getId();
		redirect.addFlashAttribute("success", "interaction.saved");
		return "redirect:/interactions/" + id;
	}

	@GetMapping("/interactions/{id}")
	String detail(@PathVariable UUID id, Model model) {
		InteractionView view = this.interactions.view(id);
		model.addAttribute("view", view);
		model.addAttribute("interaction", view.interaction());
		model.addAttribute("today", this.interactions.today());
		model.addAttribute("maxMegabytes", this.interactions.maxAttachmentSize().toMegabytes());
		UUID partnershipId = view.interaction().getPartnershipId();
		model.addAttribute("partnership", (partnershipId != null) ? this.partnerships.get(partnershipId) : null);
		return "partnership/interaction";
	}

	@GetMapping("/interactions/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("interactionForm", InteractionForm.of(this.interactions.get(id)));
		return form(model, id);
	}

	@PostMapping("/interactions/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute InteractionForm interactionForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.interactions.get(id);
		interactionForm.check(errors);
		this.interactions.check(interactionForm.details(), errors);
		if (errors.hasErrors()) {
			return form(model, id);
		}
		this.interactions.update(id, interactionForm.versionRead(), interactionForm.details());
		redirect.addFlashAttribute("success", "interaction.saved");
		return "redirect:/interactions/" + id;
	}

	@PostMapping("/interactions/{id}/delete")
	@PreAuthorize(Access.EDIT)
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID partnerId = this.interactions.get(id).getPartnerId();
		this.interactions.delete(id);
		redirect.addFlashAttribute("success", "interaction.deleted");
		return "redirect:/partners/" + partnerId;
	}

	@PostMapping("/interactions/{id}/follow-up")
	@PreAuthorize(Access.EDIT)
	String followUp(@PathVariable UUID id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "true") boolean done, RedirectAttributes redirect) {
		// an optional version: a caller without the right gets 403 before any 400
		this.interactions.markFollowUpDone(id, (version != null) ? version : -1, done);
		redirect.addFlashAttribute("success",
				done ? "interaction.followUp.doneSaved" : "interaction.followUp.reopened");
		return "redirect:/interactions/" + id;
	}

	@PostMapping("/interactions/{id}/attachments")
	@PreAuthorize(Access.EDIT)
	String attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		this.interactions.get(id);
		try {
			this.interactions.attach(id, (file != null) ? file.getOriginalFilename() : null,
					Uploads.read(file, this.interactions.maxAttachmentSize()));
			redirect.addFlashAttribute("success", "attachment.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("attachmentError", ex.errors().getFieldError("file").getCode());
		}
		return "redirect:/interactions/" + id + "#attachments";
	}

	/**
	 * The file, always as a download with the type read from its content when it was
	 * attached, so a browser never renders it in the application's origin.
	 */
	@GetMapping("/interactions/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return download(this.interactions.attachment(id));
	}

	static ResponseEntity<byte[]> download(InteractionAttachment attachment) {
		return Downloads.attachment(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
	}

	@PostMapping("/interactions/attachments/{id}/delete")
	@PreAuthorize(Access.EDIT)
	String removeAttachment(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID interactionId = this.interactions.removeAttachment(id);
		redirect.addFlashAttribute("success", "attachment.removed");
		return "redirect:/interactions/" + interactionId + "#attachments";
	}

	private String form(Model model, UUID interactionId) {
		InteractionForm form = (InteractionForm) model.getAttribute("interactionForm");
		model.addAttribute("interactionId", interactionId);
		Partner partner = (form.partnerId() != null) ? this.partners.get(form.partnerId()) : null;
		Partnership partnership = (form.partnershipId() != null) ? this.partnerships.get(form.partnershipId()) : null;
		model.addAttribute("partner", partner);
		model.addAttribute("partnership", partnership);
		model.addAttribute("contacts", (partner != null) ? this.partners.contacts(partner.getId()) : List.of());
		model.addAttribute("partnerships",
				(partner != null) ? this.interactions.partnershipsOf(partner.getId()) : List.of());
		model.addAttribute("parties",
				(partner == null && partnership != null) ? this.partnerNames(partnership) : List.of());
		model.addAttribute("kinds", InteractionKind.values());
		model.addAttribute("approaches", InteractionApproach.values());
		model.addAttribute("owners", this.interactions.followUpOwners());
		model.addAttribute("maxMegabytes", this.interactions.maxAttachmentSize().toMegabytes());
		return "partnership/interaction-form";
	}

	private List<Partner> partnerNames(Partnership partnership) {
		return partnership.partnerIds().stream().map(this.partners::get).toList();
	}

}
