package id.jejaring.partner.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Regions;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.DuplicateReason;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerDetails;
import id.jejaring.partner.PartnerFilter;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
import org.springframework.web.ErrorResponseException;

@RestController
@Tag(name = "Partners", description = "The partner registry (pemetaan mitra) and the partners' contact persons")
@PreAuthorize(Access.READ)
class PartnerApiController {

	private final Partners partners;

	private final PartnerCategories categories;

	private final Regions regions;

	private final ApiChecks checks;

	private final MessageSource messages;

	PartnerApiController(Partners partners, PartnerCategories categories, Regions regions, ApiChecks checks,
			MessageSource messages) {
		this.partners = partners;
		this.categories = categories;
		this.regions = regions;
		this.checks = checks;
		this.messages = messages;
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
			+ "text (“-7.0253”). When likely duplicates are recorded (same normalised name in the same regency, "
			+ "same phone or WhatsApp number, same e-mail) nothing is saved and the answer is 409 listing them; "
			+ "send the request again with \"saveAnyway\": true to record the partner all the same")
	@ApiResponse(responseCode = "409", description = DUPLICATES_RESPONSE,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = DuplicatesProblem.class)))
	PartnerResponse create(@RequestBody PartnerForm request) {
		check(request);
		PartnerDetails details = request.details();
		if (!request.confirmed()) {
			refuseLikelyDuplicates(details, null, null);
		}
		return response(this.partners.create(details));
	}

	@PutMapping("/api/v1/partners/{id}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.OK) // so the API description keeps the 200 answer beside
									// the 409
	@Operation(summary = "Replace a partner's profile, offerings and tags; send the version you read. When the "
			+ "change of name, region, phone, WhatsApp or e-mail makes the partner look like another recorded one, "
			+ "nothing is saved and the answer is 409 listing them; send \"saveAnyway\": true to save all the same")
	@ApiResponse(responseCode = "409",
			description = DUPLICATES_RESPONSE + ", or the version sent is not the "
					+ "current one (problem detail without duplicates: read the partner again)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = DuplicatesProblem.class)))
	PartnerResponse update(@PathVariable UUID id, @RequestBody PartnerForm request) {
		check(request);
		PartnerDetails details = request.details();
		if (!request.confirmed()) {
			Partner current = this.partners.get(id);
			current.checkVersion(request.version());
			refuseLikelyDuplicates(details, current.details(), id);
		}
		return response(this.partners.update(id, request.version(), details));
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

	/**
	 * Answers 409 with the recorded partners the details (or, on a change, what changed)
	 * make this one look like, so the client decides; nothing is saved.
	 */
	private void refuseLikelyDuplicates(PartnerDetails details, PartnerDetails before, UUID id) {
		List<LikelyDuplicate> duplicates = this.partners.likelyDuplicates(details, id)
			.stream()
			.map((p) -> new LikelyDuplicate(p.getId(), p.getName(), p.getRegionCode(),
					this.regions.label(p.getRegionCode()), List.copyOf(DuplicateReason.introduced(details, before, p)),
					p.isArchived()))
			.filter((d) -> !d.reasons().isEmpty())
			.toList();
		if (duplicates.isEmpty()) {
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("partner.duplicates.api", null, LocaleContextHolder.getLocale()));
		problem.setTitle("Likely duplicates");
		problem.setProperty("duplicates", duplicates);
		throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	private void check(PartnerForm request) {
		this.checks.check(request, "partnerForm", (errors) -> request.check(errors, this.categories, this.regions));
	}

	private PartnerResponse response(Partner partner) {
		return PartnerResponse.of(partner, this.categories.label(partner.getCategoryCode()),
				this.regions.label(partner.getRegionCode()));
	}

	static final String DUPLICATES_RESPONSE = "Likely duplicates, nothing saved: a problem detail whose "
			+ "\"duplicates\" lists each look-alike (id, name, region, reasons SAME_NAME_IN_REGENCY, SAME_PHONE, "
			+ "SAME_EMAIL, archived)";

	/**
	 * A recorded partner the request looks like, and why.
	 */
	record LikelyDuplicate(UUID id, String name, String regionCode, String regionLabel, List<DuplicateReason> reasons,
			boolean archived) {
	}

	/** The 409 answer when likely duplicates exist, for the API documentation. */
	record DuplicatesProblem(String title, int status, String detail, List<LikelyDuplicate> duplicates) {
	}

	/** A page of partners. */
	record PartnerPage(List<PartnerSummary> content, int page, int size, long totalElements, int totalPages) {
	}

}
