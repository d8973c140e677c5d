package id.jejaring.partner.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Regions;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerFilter;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partners", description = "The partner registry (pemetaan mitra) and the partners' contact persons")
@PreAuthorize(Access.READ)
class PartnerApiController {

	private final Partners partners;

	private final PartnerCategories categories;

	private final Regions regions;

	private final ApiChecks checks;

	PartnerApiController(Partners partners, PartnerCategories categories, Regions regions, ApiChecks checks) {
		this.partners = partners;
		this.categories = categories;
		this.regions = regions;
		this.checks = checks;
	}

	@GetMapping("/api/v1/partners")
	@Operation(summary = "List partners by name, filtered and paged: q searches name, sector, e-mail, phone numbers "
			+ "and contacts; category includes its sub-categories; region any level (code prefix); sort name or updated")
	PartnerPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) PartnerStatus status,
			@RequestParam(required = false) NeedAspect aspect, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		Sort order = "updated".equals(sort) ? Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"))
				: Sort.by("name", "id");
		Page<Partner> partners = this.partners.list(
				new PartnerFilter(q, category, region, status, aspect, tag, archived),
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), order));
		Map<UUID, Long> counts = this.partners
			.contactCounts(partners.getContent().stream().map(Partner::getId).toList());
		List<PartnerSummary> rows = partners.getContent()
			.stream()
			.map((p) -> PartnerSummary.of(p, this.categories.label(p.getCategoryCode()),
					this.regions.label(p.getRegionCode()), counts.getOrDefault(p.getId(), 0L)))
			.toList();
		return new PartnerPage(rows, partners.getNumber(), partners.getSize(), partners.getTotalElements(),
				partners.getTotalPages());
	}

	@GetMapping("/api/v1/partners/{id}")
	@Operation(summary = "Read a partner with its offerings and tags")
	PartnerResponse get(@PathVariable UUID id) {
		return response(this.partners.get(id));
	}

	@PostMapping("/api/v1/partners")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a partner; phones as 08…, +62… or 62… (stored as +62…), latitude and longitude as "
			+ "text (“-7.0253”). Likely duplicates are not checked here: ask the list with q first")
	PartnerResponse create(@RequestBody PartnerForm request) {
		check(request);
		return response(this.partners.create(request.details()));
	}

	@PutMapping("/api/v1/partners/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a partner's profile, offerings and tags; send the version you read")
	PartnerResponse update(@PathVariable UUID id, @RequestBody PartnerForm request) {
		check(request);
		return response(this.partners.update(id, request.version(), request.details()));
	}

	@PostMapping("/api/v1/partners/{id}/archive")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Archive a partner: hidden from the list, nothing deleted")
	PartnerResponse archive(@PathVariable UUID id) {
		return response(this.partners.archive(id));
	}

	@GetMapping("/api/v1/partners/{id}/contacts")
	@Operation(summary = "A partner's contact persons, by name")
	List<ContactResponse> contacts(@PathVariable UUID id) {
		return this.partners.contacts(id).stream().map(ContactResponse::of).toList();
	}

	@PostMapping("/api/v1/partners/{id}/contacts")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a contact person to a partner")
	ContactResponse addContact(@PathVariable UUID id, @RequestBody ContactForm request) {
		this.checks.check(request, "contactForm", (errors) -> {
		});
		return ContactResponse.of(this.partners.addContact(id, request.details()));
	}

	@PutMapping("/api/v1/contacts/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace a contact person; send the version you read")
	ContactResponse updateContact(@PathVariable UUID id, @RequestBody ContactForm request) {
		this.checks.check(request, "contactForm", (errors) -> {
		});
		return ContactResponse.of(this.partners.updateContact(id, request.version(), request.details()));
	}

	@DeleteMapping("/api/v1/contacts/{id}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a contact person")
	void removeContact(@PathVariable UUID id) {
		this.partners.removeContact(id);
	}

	private void check(PartnerForm request) {
		this.checks.check(request, "partnerForm", (errors) -> request.check(errors, this.categories, this.regions));
	}

	private PartnerResponse response(Partner partner) {
		return PartnerResponse.of(partner, this.categories.label(partner.getCategoryCode()),
				this.regions.label(partner.getRegionCode()));
	}

	/** A page of partners. */
	record PartnerPage(List<PartnerSummary> content, int page, int size, long totalElements, int totalPages) {
	}

}
