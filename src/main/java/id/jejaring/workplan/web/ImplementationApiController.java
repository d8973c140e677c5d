package id.jejaring.workplan.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import id.jejaring.shared.Access;
import id.jejaring.shared.Downloads;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.Uploads;
import id.jejaring.workplan.ActivityEvidence;
import id.jejaring.workplan.ActivityReport;
import id.jejaring.workplan.ActivityStatus;
import id.jejaring.workplan.EvidenceStatus;
import id.jejaring.workplan.IndicatorActual;
import id.jejaring.workplan.PlanActivity;
import id.jejaring.workplan.PlanImplementation;
import id.jejaring.workplan.PlanProgress;
import id.jejaring.workplan.WorkPlans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
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
 * Carrying out the plan of a partnership's current cycle in the JSON API: the progress
 * (effective statuses, evidence counts, indicator actuals), each activity's status
 * report, evidence uploaded, listed, downloaded and reviewed by the manager, and the
 * indicators' monthly actuals. Send the version you read when changing; 409 when it is
 * stale or the evidence was already reviewed.
 */
@RestController
@Tag(name = "Implementation",
		description = "Carrying out a partnership's work plan: activity status and progress, evidence with the "
				+ "manager's verification, indicator actuals per month")
@PreAuthorize(Access.READ)
class ImplementationApiController {

	private final PlanImplementation implementation;

	private final WorkPlans plans;

	private final DataSize maxSize;

	ImplementationApiController(PlanImplementation implementation, WorkPlans plans,
			@Value("${jejaring.attachments.max-size:5MB}") DataSize maxSize) {
		this.implementation = implementation;
		this.plans = plans;
		this.maxSize = maxSize;
	}

	@GetMapping("/api/v1/partnerships/{id}/implementation")
	@Operation(summary = "How the current cycle's plan is going: activities with their effective status (LATE is "
			+ "derived from the dates and today), progress and evidence counts; indicators with the actual so far "
			+ "(the sum of the monthly values)")
	PlanProgress progress(@PathVariable UUID id) {
		return this.plans.progress(id);
	}

	@PutMapping("/api/v1/partnerships/{id}/activities/{otherId}/status")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Report where an activity stands: status PLANNED, RUNNING, DONE or CANCELLED (with a "
			+ "reason), progress 0-100 (DONE means 100), actual dates not after today")
	ActivityStatusResponse report(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestBody StatusRequest request) {
		if (request.version() == null) {
			Errors errors = new MapBindingResult(new HashMap<>(), "statusRequest");
			errors.rejectValue("version", "validation.agreement.version");
			throw new InvalidInputException(errors);
		}
		PlanActivity activity = this.implementation.report(id, otherId, request.version(),
				new ActivityReport(request.status(), (request.progress() != null) ? request.progress() : 0,
						request.actualStart(), request.actualEnd(), request.cancelReason()));
		return ActivityStatusResponse.of(activity, this.implementation.today());
	}

	@GetMapping("/api/v1/partnerships/{id}/evidence")
	@Operation(summary = "The evidence of the current cycle's activities, oldest first")
	List<EvidenceResponse> evidence(@PathVariable UUID id) {
		return this.implementation.view(id).evidence().stream().map(EvidenceResponse::of).toList();
	}

	@PostMapping("/api/v1/partnerships/{id}/activities/{otherId}/evidence")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload evidence for an activity (multipart field \"file\", optional \"caption\"): PDF, "
			+ "JPG or PNG by content within the size limit (5 MB unless configured); it awaits verification")
	EvidenceResponse submit(@PathVariable UUID id, @PathVariable UUID otherId,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String caption)
			throws IOException {
		return EvidenceResponse
			.of(this.implementation.submitEvidence(id, otherId, (file != null) ? file.getOriginalFilename() : null,
					Uploads.read(file, this.maxSize), this.maxSize, caption));
	}

	@GetMapping(path = "/api/v1/partnerships/{id}/evidence/{otherId}",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE,
					MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download an evidence file (always as an attachment, with its real type)")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID otherId) {
		PlanImplementation.EvidenceDownload file = this.implementation.download(id, otherId);
		return Downloads.attachment(file.fileName(), file.contentType(), file.content());
	}

	@PostMapping("/api/v1/partnerships/{id}/evidence/{otherId}/verify")
	@PreAuthorize(Access.MANAGE)
	@Operation(summary = "The manager verifies submitted evidence; send the version you read")
	EvidenceResponse verify(@PathVariable UUID id, @PathVariable UUID otherId, @RequestBody ReviewRequest request) {
		return EvidenceResponse.of(this.implementation.verify(id, otherId, version(request)));
	}

	@PostMapping("/api/v1/partnerships/{id}/evidence/{otherId}/return")
	@PreAuthorize(Access.MANAGE)
	@Operation(summary = "The manager sends submitted evidence back with a reason; send the version you read")
	EvidenceResponse sendBack(@PathVariable UUID id, @PathVariable UUID otherId, @RequestBody ReviewRequest request) {
		return EvidenceResponse.of(this.implementation.sendBack(id, otherId, version(request), request.reason()));
	}

	@GetMapping("/api/v1/partnerships/{id}/actuals")
	@Operation(summary = "The indicators' monthly actuals of the current cycle, oldest month first")
	List<ActualResponse> actuals(@PathVariable UUID id) {
		return this.implementation.view(id).actuals().stream().map(ActualResponse::of).toList();
	}

	@PutMapping("/api/v1/partnerships/{id}/indicators/{otherId}/actuals")
	@Operation(summary = "Record what an indicator achieved in a month (period \"2026-03\"): that month's own "
			+ "figure, replacing an earlier one for the same month; rupiah for FUNDS_RECEIVED")
	@PreAuthorize(Access.EDIT)
	ActualResponse record(@PathVariable UUID id, @PathVariable UUID otherId, @RequestBody ActualRequest request) {
		YearMonth period = null;
		try {
			period = (request.period() != null) ? YearMonth.parse(request.period().strip()) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			// the service refuses a missing period
		}
		return ActualResponse.of(this.implementation.recordActual(id, otherId, period,
				(request.value() != null) ? request.value() : -1, request.note()));
	}

	private static long version(ReviewRequest request) {
		if (request == null || request.version() == null) {
			Errors errors = new MapBindingResult(new HashMap<>(), "reviewRequest");
			errors.rejectValue("version", "validation.agreement.version");
			throw new InvalidInputException(errors);
		}
		return request.version();
	}

	record StatusRequest(Long version, @Schema(allowableValues = {
			"PLANNED", "RUNNING", "DONE", "CANCELLED" }) ActivityStatus status, Integer progress, LocalDate actualStart,
			LocalDate actualEnd, String cancelReason){
	}

	record ReviewRequest(Long version, String reason) {
	}

	record ActualRequest(@Schema(example = "2026-03") String period, Long value, String note) {
	}

	record ActivityStatusResponse(UUID id, long version, ActivityStatus storedStatus, ActivityStatus status,
			int progress, LocalDate actualStart, LocalDate actualEnd, String cancelReason) {

		static ActivityStatusResponse of(PlanActivity a, LocalDate today) {
			return new ActivityStatusResponse(a.getId(), a.getVersion(), a.getStatus(), a.effectiveStatus(today),
					a.getProgress(), a.getActualStart(), a.getActualEnd(), a.getCancelReason());
		}

	}

	record EvidenceResponse(UUID id, long version, UUID activityId, String fileName, String contentType, long size,
			String caption, EvidenceStatus status, String returnReason, String submittedBy, Instant submittedAt,
			String reviewedBy, Instant reviewedAt) {

		static EvidenceResponse of(ActivityEvidence e) {
			return new EvidenceResponse(e.getId(), e.getVersion(), e.getActivity().getId(), e.getFileName(),
					e.getContentType(), e.getSize(), e.getCaption(), e.getStatus(), e.getReturnReason(),
					e.getSubmittedBy(), e.getSubmittedAt(), e.getReviewedBy(), e.getReviewedAt());
		}

	}

	record ActualResponse(UUID id, long version, UUID indicatorId, String period, long value, String note) {

		static ActualResponse of(IndicatorActual a) {
			return new ActualResponse(a.getId(), a.getVersion(), a.getIndicator().getId(),
					YearMonth.from(a.getPeriodStart()).toString(), a.getValue(), a.getNote());
		}

	}

}
