package id.jejaring.partnership.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.Analysis;
import id.jejaring.partnership.AnalysisDetails;
import id.jejaring.partnership.AnalysisRow;
import id.jejaring.partnership.Exploration;
import id.jejaring.partnership.ExplorationDetails;
import id.jejaring.partnership.ExplorationFormat;
import id.jejaring.partnership.ExplorationOutcome;
import id.jejaring.partnership.PartnershipRecords;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partnership records",
		description = "The analysis of each partner (analisis) and the explorations "
				+ "(penjajagan) of a partnership; they open the analysis and exploration gates")
@PreAuthorize(Access.READ)
class PartnershipRecordApiController {

	private final PartnershipRecords records;

	private final PartnershipApiChecks checks;

	PartnershipRecordApiController(PartnershipRecords records, PartnershipApiChecks checks) {
		this.records = records;
		this.checks = checks;
	}

	@GetMapping("/api/v1/partnerships/{id}/analyses")
	@Operation(summary = "Each partner of the partnership with its analysis (null when not analysed yet)")
	List<AnalysisResponse> analyses(@PathVariable UUID id) {
		return this.records.analyses(id).stream().map(AnalysisResponse::of).toList();
	}

	@PutMapping("/api/v1/partnerships/{id}/analyses/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Record or replace the analysis of one partner (otherId = the partner's id): scores \"1\" "
			+ "to \"5\" or blank, a decision needs its reason; send the version you read, or none for a first "
			+ "analysis")
	AnalysisResponse saveAnalysis(@PathVariable UUID id, @PathVariable("otherId") UUID partnerId,
			@RequestBody AnalysisForm request) {
		this.checks.check(request, "analysisForm", (errors) -> this.records.check(request.details(), errors));
		Analysis saved = this.records.saveAnalysis(id, partnerId, request.version(), request.details());
		return AnalysisResponse.of(new AnalysisRow(partnerId, this.records.partnerName(partnerId), null, saved));
	}

	@GetMapping("/api/v1/partnerships/{id}/explorations")
	@Operation(summary = "The partnership's explorations, newest first")
	List<ExplorationResponse> explorations(@PathVariable UUID id) {
		return this.records.explorations(id).stream().map(ExplorationResponse::of).toList();
	}

	@PostMapping("/api/v1/partnerships/{id}/explorations")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an exploration: date (yyyy-mm-dd, not in the future), format, who attended, what "
			+ "was offered, the partner's response, the outcome")
	ExplorationResponse createExploration(@PathVariable UUID id, @RequestBody ExplorationForm request) {
		check(request);
		return ExplorationResponse.of(this.records.recordExploration(id, request.details()));
	}

	@PutMapping("/api/v1/partnerships/{id}/explorations/{otherId}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Replace an exploration (otherId = the exploration's id); send the version you read")
	ExplorationResponse updateExploration(@PathVariable UUID id, @PathVariable("otherId") UUID explorationId,
			@RequestBody ExplorationForm request) {
		check(request);
		return ExplorationResponse
			.of(this.records.updateExploration(id, explorationId, request.versionRead(), request.details()));
	}

	private void check(ExplorationForm request) {
		this.checks.check(request, "explorationForm", (errors) -> {
			request.check(errors);
			this.records.check(request.details(), errors);
		});
	}

	/**
	 * A partner of the partnership with its analysis, or null fields when not analysed.
	 */
	record AnalysisResponse(UUID partnerId, String partnerName, String role, UUID id, Long version,
			AnalysisDetails details, Double averageScore) {

		static AnalysisResponse of(AnalysisRow row) {
			Analysis a = row.analysis();
			return new AnalysisResponse(row.partnerId(), row.partnerName(), row.role(), (a != null) ? a.getId() : null,
					(a != null) ? a.getVersion() : null, (a != null) ? a.details() : null,
					(a != null) ? a.averageScore() : null);
		}

	}

	/** An exploration as JSON. */
	record ExplorationResponse(UUID id, long version, LocalDate heldOn, ExplorationFormat format, String attendees,
			String offered, String partnerResponse, ExplorationOutcome outcome, String outcomeNote) {

		static ExplorationResponse of(Exploration e) {
			ExplorationDetails d = e.details();
			return new ExplorationResponse(e.getId(), e.getVersion(), d.heldOn(), d.format(), d.attendees(),
					d.offered(), d.partnerResponse(), d.outcome(), d.outcomeNote());
		}

	}

}
