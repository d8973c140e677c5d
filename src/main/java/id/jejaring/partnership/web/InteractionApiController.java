package id.jejaring.partnership.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.Interactions;
import id.jejaring.partnership.InteractionView;
import id.jejaring.shared.Access;
import id.jejaring.shared.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Interactions",
		description = "The interaction log (catatan interaksi) with partners, its follow-ups " + "and attachments")
@PreAuthorize(Access.READ)
class InteractionApiController {

	private final Interactions interactions;

	private final PartnershipApiChecks checks;

	InteractionApiController(Interactions interactions, PartnershipApiChecks checks) {
		this.interactions = interactions;
		this.checks = checks;
	}

	@GetMapping("/api/v1/interactions")
	@Operation(summary = "List interactions, newest first, optionally of one partner and/or one partnership")
	InteractionPage list(@RequestParam(required = false) UUID partnerId,
			@RequestParam(required = false) UUID partnershipId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		Page<InteractionView> found = this.interactions.list(partnerId, partnershipId, PageRequest
			.of(Math.min(Math.max(page, 0), PartnershipController.MAX_PAGE), Math.min(Math.max(size, 1), 100)));
		return new InteractionPage(found.getContent().stream().map(InteractionResponse::of).toList(), found.getNumber(),
				found.getSize(), found.getTotalElements(), found.getTotalPages());
	}

	@GetMapping("/api/v1/interactions/{id}")
	@Operation(summary = "Read an interaction with its contacts, follow-up and attachments")
	InteractionResponse get(@PathVariable UUID id) {
		return InteractionResponse.of(this.interactions.view(id));
	}

	@PostMapping("/api/v1/interactions")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log an interaction: dates as yyyy-mm-dd, not in the future; contacts of the partner; a "
			+ "partnership (optional) with the partner as a party; a follow-up date or owner needs the action; "
			+ "the owner is a manager or staff member")
	InteractionResponse create(@RequestBody InteractionForm request) {
		check(request);
		return InteractionResponse.of(this.interactions.view(this.interactions.log(request.details()).getId()));
	}

	@PutMapping("/api/v1/interactions/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace an interaction; send the version you read")
	InteractionResponse update(@PathVariable UUID id, @RequestBody InteractionForm request) {
		check(request);
		this.interactions.update(id, request.versionRead(), request.details());
		return InteractionResponse.of(this.interactions.view(id));
	}

	@DeleteMapping("/api/v1/interactions/{id}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an interaction with its attachments")
	void delete(@PathVariable UUID id) {
		this.interactions.delete(id);
	}

	@PostMapping("/api/v1/interactions/{id}/follow-up")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Mark the follow-up done (or open again); send the version you read")
	InteractionResponse followUp(@PathVariable UUID id, @RequestBody(required = false) FollowUpRequest request) {
		FollowUpRequest body = this.checks.check(request, "followUpRequest", (errors) -> {
		});
		this.interactions.markFollowUpDone(id, (body.version() != null) ? body.version() : -1,
				!Boolean.FALSE.equals(body.done()));
		return InteractionResponse.of(this.interactions.view(id));
	}

	@GetMapping("/api/v1/interactions/{id}/attachments")
	@Operation(summary = "The interaction's attachments, oldest first")
	List<InteractionResponse.Attachment> attachments(@PathVariable UUID id) {
		return this.interactions.attachments(id).stream().map(InteractionResponse.Attachment::of).toList();
	}

	@PostMapping(path = "/api/v1/interactions/{id}/attachments")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a file (multipart field \"file\"): PDF, JPG or PNG by content, within the size "
			+ "limit (5 MB unless configured); stored under its real type")
	InteractionResponse.Attachment attach(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		this.interactions.get(id);
		return InteractionResponse.Attachment
			.of(this.interactions.attach(id, (file != null) ? file.getOriginalFilename() : null,
					Uploads.read(file, this.interactions.maxAttachmentSize())));
	}

	@GetMapping(path = "/api/v1/interactions/attachments/{id}",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE,
					MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download an attachment (always as an attachment, with its real type)")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return InteractionController.download(this.interactions.attachment(id));
	}

	@DeleteMapping("/api/v1/interactions/attachments/{id}")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an attachment")
	void removeAttachment(@PathVariable UUID id) {
		this.interactions.removeAttachment(id);
	}

	private void check(InteractionForm request) {
		this.checks.check(request, "interactionForm", (errors) -> {
			request.check(errors);
			this.interactions.check(request.details(), errors);
		});
	}

	/** A page of interactions. */
	record InteractionPage(List<InteractionResponse> content, int page, int size, long totalElements, int totalPages) {
	}

	/** Marks a follow-up done ({@code done} true or absent) or open again. */
	record FollowUpRequest(Boolean done, Long version) {
	}

}
