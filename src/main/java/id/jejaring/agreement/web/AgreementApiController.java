package id.jejaring.agreement.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementDetails;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.AgreementRefusedException;
import id.jejaring.agreement.AgreementRegister;
import id.jejaring.agreement.AgreementScan;
import id.jejaring.agreement.AgreementSettingsManagement;
import id.jejaring.agreement.AgreementStatus;
import id.jejaring.agreement.AgreementVersion;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.Clause;
import id.jejaring.agreement.ClauseType;
import id.jejaring.agreement.RenewalKind;
import id.jejaring.agreement.ScanInfo;
import id.jejaring.shared.Access;
import id.jejaring.shared.Downloads;
import id.jejaring.shared.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Agreements in the JSON API: the register (filters and paging), an agreement with its
 * parties and articles, drafting (from the clause library when no articles are sent),
 * changing, marking ready, the signing days, marking signed and terminating (the
 * manager), renewing, the saved versions and the signed scans. A step that cannot be
 * taken yet answers 422 with everything missing in the caller's language; one the
 * agreement's state rules out (it is signed, terminated, already renewed) 409.
 */
@RestController
@Tag(name = "Agreements",
		description = "Agreements (MoU, PKS, addendum): drafting, versions, letter numbers, "
				+ "signing with the signed scan, validity, termination and renewal")
@PreAuthorize(Access.READ)
class AgreementApiController {

	private final Agreements agreements;

	private final AgreementRegister register;

	private final AgreementSettingsManagement settings;

	private final AgreementApiChecks checks;

	private final MessageSource messages;

	private final DataSize maxScanSize;

	AgreementApiController(Agreements agreements, AgreementRegister register, AgreementSettingsManagement settings,
			AgreementApiChecks checks, MessageSource messages,
			@Value("${jejaring.attachments.max-size:5MB}") DataSize maxScanSize) {
		this.agreements = agreements;
		this.register = register;
		this.settings = settings;
		this.checks = checks;
		this.messages = messages;
		this.maxScanSize = maxScanSize;
	}

	@GetMapping("/api/v1/agreements")
	@Operation(summary = "List agreements, filtered by kind, status (computed from the dates and events), partner "
			+ "(a party), partnership, signed agreements ending within a number of days, and words in the title or "
			+ "numbers; paged; sort created (newest first, default), until (ending first), number or title")
	AgreementPage list(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) String partnerId, @RequestParam(required = false) UUID partnershipId,
			@RequestParam(required = false) String endingWithinDays, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "created") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		RegisterFilter filter = new RegisterFilter(kind, status, partnerId, endingWithinDays, q, sort, page);
		var base = filter.agreementFilter();
		Page<Agreement> found = this.agreements.list(
				new id.jejaring.agreement.AgreementFilter(base.kind(), base.status(), base.partnerId(), partnershipId,
						base.endingWithinDays(), base.words()),
				PageRequest.of(filter.pageNumber(), Math.min(Math.max(size, 1), 100), filter.sortOrder()));
		List<UUID> ids = found.getContent().stream().map(Agreement::getId).toList();
		Map<UUID, List<AgreementRegister.PartyName>> parties = this.register.parties(ids);
		LocalDate today = this.agreements.today();
		int endingSoonDays = this.settings.current().endingSoonDays();
		List<AgreementSummary> content = found.getContent()
			.stream()
			.map((a) -> AgreementSummary.of(a, a.statusOn(today, endingSoonDays),
					parties.getOrDefault(a.getId(), List.of())))
			.toList();
		return new AgreementPage(content, found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping("/api/v1/agreements/{id}")
	@Operation(summary = "Read an agreement: status, number, dates, parties with their signing days, articles, "
			+ "and the agreements it sits under (parentId) or continues (previousId)")
	AgreementResponse get(@PathVariable UUID id) {
		return response(id);
	}

	@PostMapping("/api/v1/partnerships/{id}/agreements")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draft an agreement for the partnership. Left out, the title, the parties (the institution "
			+ "and the partnership's partners, with their signatories where recorded) and the articles (the "
			+ "institution's clause library) start from the usual draft")
	AgreementResponse create(@PathVariable UUID id, @RequestBody AgreementRequest request) {
		check(request, true);
		AgreementDetails start = (request.title() == null || request.parties() == null || request.clauses() == null)
				? this.agreements.newDraft(id, request.kind()) : null;
		Agreement draft = this.agreements.draft(id, request.kind(), request.parentId(), request.details(start));
		return response(draft.getId());
	}

	@PutMapping("/api/v1/agreements/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a draft (or an agreement ready to sign, which goes back to draft); send the "
			+ "version you read. Left out, the parties and the articles stay as they are. A change of the title "
			+ "or the articles is saved as a new version",
			responses = { @ApiResponse(responseCode = "200", description = "Saved"),
					@ApiResponse(responseCode = "409", description = "Stale version, or the agreement is signed") })
	AgreementResponse update(@PathVariable UUID id, @RequestBody AgreementRequest request) {
		Agreement current = this.agreements.get(id);
		check(request, false);
		this.agreements.update(id, request.version(), request.details(current.details()));
		return response(id);
	}

	@PostMapping("/api/v1/agreements/{id}/ready")
	@PreAuthorize(Access.EDIT)
	@Operation(
			summary = "Mark ready to sign: needs two parties with their signatories, every required article "
					+ "and the validity; the first time, the agreement takes its letter number",
			responses = { @ApiResponse(responseCode = "200", description = "Ready to sign"),
					@ApiResponse(responseCode = "422",
							description = "Refused; 'missing' lists what is missing, in the caller's language") })
	AgreementResponse ready(@PathVariable UUID id, @RequestBody VersionRequest request) {
		this.checks.check(request, "versionRequest", (errors) -> {
		});
		this.agreements.markReady(id, request.version());
		return response(id);
	}

	@PostMapping("/api/v1/agreements/{id}/signatures")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record the day each party signed (yyyy-mm-dd, not in the future; null where it has not "
			+ "yet), one per party in the parties' order")
	AgreementResponse signatures(@PathVariable UUID id, @RequestBody SignaturesRequest request) {
		this.checks.check(request, "signaturesRequest", (errors) -> {
			if (request.signedOn() != null
					&& request.signedOn().stream().anyMatch((d) -> d != null && AgreementApiChecks.date(d) == null)) {
				errors.rejectValue("signedOn", "validation.date");
			}
		});
		this.agreements.recordSignatures(id, request.version(),
				request.signedOn().stream().map(AgreementApiChecks::date).toList());
		return response(id);
	}

	@PostMapping("/api/v1/agreements/{id}/signed")
	@PreAuthorize(Access.MANAGE)
	@Operation(
			summary = "The manager marks the agreement signed: it must be ready, with every party's signing "
					+ "day and the signed scan. The agreement it renews is superseded",
			responses = { @ApiResponse(responseCode = "200", description = "Signed"),
					@ApiResponse(responseCode = "403", description = "Not the manager"),
					@ApiResponse(responseCode = "422", description = "Refused; 'missing' lists what is missing") })
	AgreementResponse signed(@PathVariable UUID id, @RequestBody VersionRequest request) {
		this.checks.check(request, "versionRequest", (errors) -> {
		});
		this.agreements.markSigned(id, request.version());
		return response(id);
	}

	@PostMapping("/api/v1/agreements/{id}/terminate")
	@PreAuthorize(Access.MANAGE)
	@Operation(summary = "The manager ends the agreement early, from a day not in the future, with a reason")
	AgreementResponse terminate(@PathVariable UUID id, @RequestBody TerminateRequest request) {
		this.checks.check(request, "terminateRequest",
				(errors) -> AgreementApiChecks.checkDate(errors, "terminatedOn", request.terminatedOn()));
		this.agreements.terminate(id, request.version(), AgreementApiChecks.date(request.terminatedOn()),
				request.reason());
		return response(id);
	}

	@PostMapping("/api/v1/agreements/{id}/renew")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Renew a signed agreement: EXTENSION (same terms, new validity, ready to sign at once), "
			+ "ADDENDUM (a draft under it) or REPLACEMENT (a new draft of the same kind); answers the renewal, "
			+ "which links to this agreement (previousId)")
	AgreementResponse renew(@PathVariable UUID id, @RequestBody RenewRequest request) {
		this.checks.check(request, "renewRequest", (errors) -> {
			AgreementApiChecks.checkDate(errors, "effectiveFrom", request.effectiveFrom());
			AgreementApiChecks.checkDate(errors, "effectiveUntil", request.effectiveUntil());
		});
		Agreement renewal = this.agreements.renew(id, request.version(), request.renewal(),
				AgreementApiChecks.date(request.effectiveFrom()), AgreementApiChecks.date(request.effectiveUntil()));
		return response(renewal.getId());
	}

	@GetMapping("/api/v1/agreements/{id}/versions")
	@Operation(summary = "The saved versions of the terms, newest first, with when and to whom each was sent")
	List<VersionSummary> versions(@PathVariable UUID id) {
		return this.agreements.versions(id).stream().map(VersionSummary::of).toList();
	}

	@GetMapping("/api/v1/agreements/{id}/versions/{otherId}")
	@Operation(summary = "One saved version (by its id) with its title and articles, to compare with another")
	VersionResponse version(@PathVariable UUID id, @PathVariable UUID otherId) {
		return VersionResponse.of(this.agreements.versionById(id, otherId));
	}

	@PostMapping("/api/v1/agreements/{id}/versions/{otherId}/sent")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record that this version was sent to the partner: the day (not in the future), to whom "
			+ "and a note")
	VersionSummary sent(@PathVariable UUID id, @PathVariable UUID otherId, @RequestBody SentRequest request) {
		AgreementVersion version = this.agreements.versionById(id, otherId);
		this.checks.check(request, "sentRequest",
				(errors) -> AgreementApiChecks.checkDate(errors, "sentOn", request.sentOn()));
		return VersionSummary.of(this.agreements.recordSent(id, version.getNumber(),
				AgreementApiChecks.date(request.sentOn()), request.sentTo(), request.note()));
	}

	@GetMapping("/api/v1/agreements/{id}/scans")
	@Operation(summary = "The signed scans of the agreement, newest first")
	List<ScanResponse> scans(@PathVariable UUID id) {
		return this.agreements.scans(id).stream().map(ScanResponse::of).toList();
	}

	@PostMapping("/api/v1/agreements/{id}/scans")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload the signed copy (multipart field \"file\"): PDF, JPG or PNG by content, within "
			+ "the size limit (5 MB unless configured); kept under its real type and a safe name")
	ScanResponse uploadScan(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		this.agreements.get(id);
		byte[] content = Uploads.read(file, this.maxScanSize);
		return ScanResponse.of(this.agreements.uploadScan(id, (file != null) ? file.getOriginalFilename() : null,
				content, this.maxScanSize));
	}

	@GetMapping(path = "/api/v1/agreements/{id}/scans/{otherId}",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE,
					MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download a signed scan (always as an attachment, with its real type)")
	ResponseEntity<byte[]> downloadScan(@PathVariable UUID id, @PathVariable UUID otherId) {
		AgreementScan scan = this.agreements.scan(id, otherId);
		return Downloads.attachment(scan.getFileName(), scan.getContentType(), scan.getContent());
	}

	/**
	 * A step refused: 409 when the agreement's state rules it out, 422 when something is
	 * still missing; each problem with its code and text in the caller's language.
	 */
	@ExceptionHandler(AgreementRefusedException.class)
	ProblemDetail refused(AgreementRefusedException refused, Locale locale) {
		boolean state = refused.problems().stream().allMatch((p) -> p.messageKey().startsWith("agreement.refused."));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				state ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
				this.messages.getMessage("error.agreement.refused", null, locale));
		problem.setProperty("missing",
				refused.problems().stream().map((p) -> new MissingItem(p.messageKey(), text(p, locale))).toList());
		return problem;
	}

	/**
	 * A problem's text; an argument that is itself a message key (an article kind) is
	 * translated.
	 */
	private String text(AgreementRefusedException.Problem problem, Locale locale) {
		Object[] args = problem.arguments().toArray();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof String key && key.startsWith("agreement.")) {
				args[i] = this.messages.getMessage(key, null, key, locale);
			}
		}
		return this.messages.getMessage(problem.messageKey(), args, problem.messageKey(), locale);
	}

	private void check(AgreementRequest request, boolean creating) {
		this.checks.check(request, "agreementRequest", (errors) -> {
			if (creating && request.kind() == null) {
				errors.rejectValue("kind", "validation.agreement.kind");
			}
			if (!creating && request.version() == null) {
				errors.rejectValue("version", "validation.agreement.version");
			}
			AgreementApiChecks.checkDate(errors, "agreementDate", request.agreementDate());
			AgreementApiChecks.checkDate(errors, "effectiveFrom", request.effectiveFrom());
			AgreementApiChecks.checkDate(errors, "effectiveUntil", request.effectiveUntil());
			if (request.parties() != null && request.parties().stream().anyMatch((p) -> p == null)) {
				errors.rejectValue("parties", "validation.agreement.parties");
			}
			if (request.clauses() != null && request.clauses().stream().anyMatch((c) -> c == null)) {
				errors.rejectValue("clauses", "validation.agreement.clause.type");
			}
		});
	}

	private AgreementResponse response(UUID id) {
		Agreement agreement = this.agreements.get(id);
		return AgreementResponse.of(agreement, this.agreements.status(agreement));
	}

	/** A page of agreements. */
	record AgreementPage(List<AgreementSummary> content, int page, int size, long totalElements, int totalPages) {
	}

	/** An agreement as a register row. */
	record AgreementSummary(UUID id, long version, AgreementKind kind, String title, String letterNumber,
			String partnerNumber, AgreementStatus status, LocalDate effectiveFrom, LocalDate effectiveUntil,
			UUID partnershipId, UUID parentId, UUID previousId, List<PartyName> parties) {

		static AgreementSummary of(Agreement a, AgreementStatus status, List<AgreementRegister.PartyName> parties) {
			return new AgreementSummary(a.getId(), a.getVersion(), a.getKind(), a.getTitle(), a.getLetterNumber(),
					a.getPartnerNumber(), status, a.getEffectiveFrom(), a.getEffectiveUntil(), a.getPartnershipId(),
					a.getParentId(), a.getPreviousId(),
					parties.stream().map((p) -> new PartyName(p.partnerId(), p.name())).toList());
		}

	}

	/** A party's partner (none for the institution) and name. */
	record PartyName(UUID partnerId, String name) {
	}

	/** An agreement. */
	record AgreementResponse(UUID id, long version, UUID partnershipId, AgreementKind kind, UUID parentId,
			UUID previousId, RenewalKind renewal, UUID supersededById, AgreementStatus status, String title,
			String letterNumber, String partnerNumber, String place, LocalDate agreementDate, LocalDate effectiveFrom,
			LocalDate effectiveUntil, Instant readyAt, Instant signedAt, LocalDate terminatedOn,
			String terminationReason, int currentVersion, List<PartyResponse> parties, List<ClauseResponse> clauses) {

		static AgreementResponse of(Agreement a, AgreementStatus status) {
			return new AgreementResponse(a.getId(), a.getVersion(), a.getPartnershipId(), a.getKind(), a.getParentId(),
					a.getPreviousId(), a.getRenewal(), a.getSupersededById(), status, a.getTitle(), a.getLetterNumber(),
					a.getPartnerNumber(), a.getPlace(), a.getAgreementDate(), a.getEffectiveFrom(),
					a.getEffectiveUntil(), a.getReadyAt(), a.getSignedAt(), a.getTerminatedOn(),
					a.getTerminationReason(), a.getCurrentVersion(),
					a.getParties()
						.stream()
						.map((p) -> new PartyResponse(p.getPartnerId(), p.getPartyName(), p.getSignatoryName(),
								p.getSignatoryPosition(), p.getSignedOn()))
						.toList(),
					a.clauses().stream().map(ClauseResponse::of).toList());
		}

	}

	/** A party with its signatory and the day it signed. */
	record PartyResponse(UUID partnerId, String name, String signatoryName, String signatoryPosition,
			LocalDate signedOn) {
	}

	/** An article. */
	record ClauseResponse(ClauseType type, String title, String body) {

		static ClauseResponse of(Clause clause) {
			return new ClauseResponse(clause.type(), clause.title(), clause.body());
		}

	}

	/** A saved version without its articles. */
	record VersionSummary(UUID id, int number, String title, Instant savedAt, String savedBy, LocalDate sentOn,
			String sentTo, String sentNote) {

		static VersionSummary of(AgreementVersion v) {
			return new VersionSummary(v.getId(), v.getNumber(), v.getTitle(), v.getCreatedAt(), v.getCreatedBy(),
					v.getSentOn(), v.getSentTo(), v.getSentNote());
		}

	}

	/** A saved version with its articles. */
	record VersionResponse(UUID id, UUID agreementId, int number, String title, Instant savedAt, String savedBy,
			LocalDate sentOn, String sentTo, String sentNote, List<ClauseResponse> clauses) {

		static VersionResponse of(AgreementVersion v) {
			return new VersionResponse(v.getId(), v.getAgreementId(), v.getNumber(), v.getTitle(), v.getCreatedAt(),
					v.getCreatedBy(), v.getSentOn(), v.getSentTo(), v.getSentNote(),
					v.clauses().stream().map(ClauseResponse::of).toList());
		}

	}

	/** A signed scan's description. */
	record ScanResponse(UUID id, String fileName, String contentType, long size, Instant uploadedAt,
			String uploadedBy) {

		static ScanResponse of(ScanInfo scan) {
			return new ScanResponse(scan.id(), scan.fileName(), scan.contentType(), scan.size(), scan.uploadedAt(),
					scan.uploadedBy());
		}

	}

	/** Something missing or ruled out: its code (message key) and text. */
	record MissingItem(String code, String message) {
	}

	/** A party to sign, with its signatory; no partner id for the institution itself. */
	record PartyRequest(UUID partnerId, @Size(max = 200) String name, @Size(max = 200) String signatoryName,
			@Size(max = 200) String signatoryPosition) {
	}

	/** An article. */
	record ClauseRequest(ClauseType type, String title, String body) {
	}

	/**
	 * What a client drafts or changes; dates as yyyy-mm-dd; {@code version} only when
	 * changing. Kind and parent are fixed once drafted.
	 */
	record AgreementRequest(AgreementKind kind, UUID parentId, @Size(max = 300) String title,
			@Size(max = 150) String partnerNumber, @Size(max = 100) String place,
			@Pattern(regexp = AgreementApiChecks.DATE, message = "{validation.date}") String agreementDate,
			@Pattern(regexp = AgreementApiChecks.DATE, message = "{validation.date}") String effectiveFrom,
			@Pattern(regexp = AgreementApiChecks.DATE, message = "{validation.date}") String effectiveUntil,
			List<@Valid PartyRequest> parties, List<ClauseRequest> clauses, Long version) {

		/** The details, the left-out title, parties and articles taken from the start. */
		AgreementDetails details(AgreementDetails start) {
			String title = (this.title != null) ? this.title.strip() : (start != null) ? start.title() : null;
			List<AgreementDetails.Party> parties = (this.parties != null) ? this.parties.stream()
				.map((p) -> new AgreementDetails.Party(p.partnerId(), clean(p.name()), clean(p.signatoryName()),
						clean(p.signatoryPosition())))
				.toList() : (start != null) ? start.parties() : List.of();
			List<Clause> clauses = (this.clauses != null)
					? this.clauses.stream().map((c) -> new Clause(c.type(), clean(c.title()), c.body())).toList()
					: (start != null) ? start.clauses() : List.of();
			return new AgreementDetails(title, clean(this.partnerNumber), clean(this.place),
					AgreementApiChecks.date(this.agreementDate), AgreementApiChecks.date(this.effectiveFrom),
					AgreementApiChecks.date(this.effectiveUntil), new ArrayList<>(parties), clauses);
		}

		private static String clean(String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

	/** The version read, for a step on the agreement. */
	record VersionRequest(@NotNull Long version) {
	}

	/** The day each party signed, in the parties' order (null where it has not yet). */
	record SignaturesRequest(@NotNull Long version,
			@NotNull(message = "{validation.agreement.signedOn}") List<String> signedOn) {
	}

	/** An early end: the day and the reason. */
	record TerminateRequest(@NotNull Long version,
			@Pattern(regexp = AgreementApiChecks.DATE, message = "{validation.date}") String terminatedOn,
			String reason) {
	}

	/** A renewal: how, and the new validity. */
	record RenewRequest(@NotNull Long version, RenewalKind renewal,
			@Pattern(regexp = AgreementApiChecks.DATE, message = "{validation.date}") String effectiveFrom,
			@Pattern(regexp = AgreementApiChecks.DATE, message = "{validation.date}") String effectiveUntil) {
	}

	/** A sending of a version to the partner. */
	record SentRequest(@Pattern(regexp = AgreementApiChecks.DATE, message = "{validation.date}") String sentOn,
			String sentTo, String note) {
	}

}
