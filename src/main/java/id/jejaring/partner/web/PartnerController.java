package id.jejaring.partner.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Regions;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.ContactRole;
import id.jejaring.partner.DuplicateReason;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerContact;
import id.jejaring.partner.PartnerFilter;
import id.jejaring.partner.PartnerKind;
import id.jejaring.partner.PartnerScale;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The partner list (filters, search, paging in the database), a partner's page with its
 * contacts and change history, the partner form with likely duplicates, archiving, and
 * the contact forms.
 */
@Controller
@PreAuthorize(Access.READ)
class PartnerController {

	static final int PAGE_SIZE = 25;

	private final Partners partners;

	private final PartnerCategories categories;

	private final Regions regions;

	PartnerController(Partners partners, PartnerCategories categories, Regions regions) {
		this.partners = partners;
		this.categories = categories;
		this.regions = regions;
	}

	@GetMapping("/partners")
	String list(@ModelAttribute("filter") ListFilter filter, Model model) {
		Page<Partner> page = this.partners.list(filter.partnerFilter(),
				PageRequest.of(filter.pageNumber(), PAGE_SIZE, filter.sortOrder()));
		model.addAttribute("page", page);
		model.addAttribute("contactCounts",
				this.partners.contactCounts(page.getContent().stream().map(Partner::getId).toList()));
		model.addAttribute("previousUrl", page.hasPrevious() ? filter.url(page.getNumber() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? filter.url(page.getNumber() + 1) : null);
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("statuses", PartnerStatus.values());
		model.addAttribute("aspects", NeedAspect.values());
		model.addAttribute("exportXlsxUrl", filter.exportUrl("xlsx"));
		model.addAttribute("exportCsvUrl", filter.exportUrl("csv"));
		return "partner/list";
	}

	@GetMapping("/partners/new")
	@PreAuthorize(Access.EDIT)
	String newForm(@org.springframework.web.bind.annotation.RequestParam(required = false) String category,
			Model model) {
		model.addAttribute("partnerForm",
				this.categories.exists(category) ? PartnerForm.inCategory(category) : PartnerForm.empty());
		return form(model, null, List.of());
	}

	@PostMapping("/partners")
	@PreAuthorize(Access.EDIT)
	String create(@Valid @ModelAttribute PartnerForm partnerForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		partnerForm.check(errors, this.categories, this.regions);
		if (errors.hasErrors()) {
			return form(model, null, List.of());
		}
		if (!partnerForm.confirmed()) {
			List<Partner> duplicates = this.partners.likelyDuplicates(partnerForm.details(), null);
			if (!duplicates.isEmpty()) {
				return form(model, null, duplicates);
			}
		}
		Partner partner = this.partners.create(partnerForm.details());
		redirect.addFlashAttribute("success", "partner.saved");
		return "redirect:/partners/" + partner.getId();
	}

	@GetMapping("/partners/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Partner partner = this.partners.get(id);
		model.addAttribute("partner", partner);
		model.addAttribute("contacts", this.partners.contacts(id));
		model.addAttribute("changes", this.partners.history(id));
		model.addAttribute("roles", ContactRole.values());
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", ContactForm.empty());
		}
		return "partner/detail";
	}

	@GetMapping("/partners/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String edit(@PathVariable UUID id, Model model) {
		Partner partner = this.partners.get(id);
		model.addAttribute("partnerForm", PartnerForm.of(partner));
		return form(model, partner, List.of());
	}

	@PostMapping("/partners/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute PartnerForm partnerForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Partner partner = this.partners.get(id);
		partnerForm.check(errors, this.categories, this.regions);
		if (errors.hasErrors()) {
			return form(model, partner, List.of());
		}
		if (!partnerForm.confirmed()) {
			// Only look-alikes the change brings: a partner saved anyway beside one is
			// not
			// warned about again each time its notes change.
			List<Partner> duplicates = this.partners.likelyDuplicates(partnerForm.details(), id)
				.stream()
				.filter((p) -> !DuplicateReason.introduced(partnerForm.details(), partner.details(), p).isEmpty())
				.toList();
			if (!duplicates.isEmpty()) {
				return form(model, partner, duplicates);
			}
		}
		this.partners.update(id, partnerForm.version(), partnerForm.details());
		redirect.addFlashAttribute("success", "partner.saved");
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/archive")
	@PreAuthorize(Access.EDIT)
	String archive(@PathVariable UUID id, RedirectAttributes redirect) {
		this.partners.archive(id);
		redirect.addFlashAttribute("success", "partner.archived.done");
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/restore")
	@PreAuthorize(Access.EDIT)
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		this.partners.restore(id);
		redirect.addFlashAttribute("success", "partner.restored");
		return "redirect:/partners/" + id;
	}

	@GetMapping("/partners/{id}/merge")
	@PreAuthorize(Access.MANAGE)
	String mergePick(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("partner", this.partners.get(id));
		model.addAttribute("candidates", this.partners.mergeCandidates(id, q));
		model.addAttribute("q", q);
		return "partner/merge-pick";
	}

	@GetMapping("/partners/{id}/merge/{otherId}")
	@PreAuthorize(Access.MANAGE)
	String mergeConfirm(@PathVariable UUID id, @PathVariable UUID otherId, Model model) {
		if (id.equals(otherId)) {
			throw new NotFoundException();
		}
		Partner survivor = this.partners.get(id);
		Partner merged = this.partners.get(otherId);
		model.addAttribute("survivor", survivor);
		model.addAttribute("merged", merged);
		model.addAttribute("survivorContacts", this.partners.contacts(id));
		model.addAttribute("mergedContacts", this.partners.contacts(otherId));
		return "partner/merge-confirm";
	}

	@PostMapping("/partners/{id}/merge/{otherId}")
	@PreAuthorize(Access.MANAGE)
	String merge(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestParam(required = false) Long survivorVersion, @RequestParam(required = false) Long mergedVersion,
			RedirectAttributes redirect) {
		// Optional parameters: a caller without the right gets 403 before any 400; a
		// missing version counts as stale.
		this.partners.merge(id, (survivorVersion != null) ? survivorVersion : -1, otherId,
				(mergedVersion != null) ? mergedVersion : -1);
		redirect.addFlashAttribute("success", "partner.merge.done");
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/delete")
	@PreAuthorize(Access.MANAGE)
	String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		Optional<String> refused = this.partners.delete(id);
		if (refused.isPresent()) {
			// the partner's page again, with the reason it stays
			model.addAttribute("deleteRefused", refused.get());
			return detail(id, model);
		}
		redirect.addFlashAttribute("success", "partner.delete.done");
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/contacts")
	@PreAuthorize(Access.EDIT)
	String addContact(@PathVariable UUID id, @Valid @ModelAttribute ContactForm contactForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.partners.get(id);
		if (errors.hasErrors()) {
			model.addAttribute("contactOpen", true);
			return detail(id, model);
		}
		this.partners.addContact(id, contactForm.details());
		redirect.addFlashAttribute("success", "contact.saved");
		return "redirect:/partners/" + id + "#contacts";
	}

	@GetMapping("/contacts/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String editContact(@PathVariable UUID id, Model model) {
		PartnerContact contact = this.partners.contact(id);
		model.addAttribute("contactForm", ContactForm.of(contact));
		return contactForm(model, contact);
	}

	@PostMapping("/contacts/{id}")
	@PreAuthorize(Access.EDIT)
	String updateContact(@PathVariable UUID id, @Valid @ModelAttribute ContactForm contactForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		PartnerContact contact = this.partners.contact(id);
		if (errors.hasErrors()) {
			return contactForm(model, contact);
		}
		this.partners.updateContact(id, contactForm.version(), contactForm.details());
		redirect.addFlashAttribute("success", "contact.saved");
		return "redirect:/partners/" + contact.getPartnerId() + "#contacts";
	}

	@PostMapping("/contacts/{id}/delete")
	@PreAuthorize(Access.EDIT)
	String removeContact(@PathVariable UUID id, RedirectAttributes redirect) {
		UUID partnerId = this.partners.removeContact(id);
		redirect.addFlashAttribute("success", "contact.removed");
		return "redirect:/partners/" + partnerId + "#contacts";
	}

	private String form(Model model, Partner partner, List<Partner> duplicates) {
		model.addAttribute("partner", partner);
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("scales", PartnerScale.values());
		model.addAttribute("statuses", PartnerStatus.values());
		model.addAttribute("aspects", NeedAspect.values());
		return "partner/form";
	}

	private String contactForm(Model model, PartnerContact contact) {
		model.addAttribute("contact", contact);
		model.addAttribute("partner", this.partners.get(contact.getPartnerId()));
		model.addAttribute("roles", ContactRole.values());
		return "partner/contact-form";
	}

	/** The list's filters, sort and page, from the query. */
	record ListFilter(String q, String category, String region, PartnerStatus status, NeedAspect aspect, String tag,
			Boolean archived, String sort, Integer page) {

		PartnerFilter partnerFilter() {
			return new PartnerFilter(this.q, this.category, this.region, this.status, this.aspect, this.tag,
					Boolean.TRUE.equals(this.archived));
		}

		int pageNumber() {
			return (this.page != null && this.page > 0) ? this.page : 0;
		}

		Sort sortOrder() {
			return "updated".equals(this.sort) ? Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"))
					: Sort.by("name", "id");
		}

		String url(int pageNumber) {
			return url("/partners", pageNumber);
		}

		/** The export of the same filtered list. */
		String exportUrl(String extension) {
			return url("/partners/export." + extension, null);
		}

		private String url(String path, Integer pageNumber) {
			return UriComponentsBuilder.fromPath(path)
				.queryParamIfPresent("q", blankless(this.q))
				.queryParamIfPresent("category", blankless(this.category))
				.queryParamIfPresent("region", blankless(this.region))
				.queryParamIfPresent("status", Optional.ofNullable(this.status))
				.queryParamIfPresent("aspect", Optional.ofNullable(this.aspect))
				.queryParamIfPresent("tag", blankless(this.tag))
				.queryParamIfPresent("archived", Optional.ofNullable(this.archived).filter(Boolean::booleanValue))
				.queryParamIfPresent("sort", blankless(this.sort))
				.queryParamIfPresent("page", Optional.ofNullable(pageNumber))
				.encode()
				.build()
				.toUriString();
		}

		private static Optional<String> blankless(String value) {
			return Optional.ofNullable(value).filter((text) -> !text.isBlank());
		}

	}

}
