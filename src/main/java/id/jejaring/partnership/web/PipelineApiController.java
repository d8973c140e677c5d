package id.jejaring.partnership.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.PartnershipPattern;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Pipeline;
import id.jejaring.partnership.Stage;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pipeline", description = "The partnership pipeline: partnerships per stage with their age and stale flag")
@PreAuthorize(Access.READ)
class PipelineApiController {

	private final Pipeline pipeline;

	PipelineApiController(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	@GetMapping("/api/v1/partnerships/board")
	@Operation(summary = "The board: one column per stage with its count and cards. Filters: q (title words), "
			+ "aspect, pattern, category (partner category, a group includes its sub-categories), owner (user id), "
			+ "status (default ACTIVE; ALL for every status)")
	BoardResponse board(@ModelAttribute PipelineFilter filter) {
		Pipeline.Board board = this.pipeline.board(filter.partnershipFilter());
		return new BoardResponse(board.columns()
			.stream()
			.map((c) -> new ColumnResponse(c.stage(), c.stage().number(), c.count(),
					c.cards().stream().map(CardResponse::of).toList()))
			.toList(), board.total(), board.truncated(), board.staleAfterDays());
	}

	record BoardResponse(List<ColumnResponse> columns, long total, boolean truncated, int staleAfterDays) {

	}

	record ColumnResponse(Stage stage, int number, long count, List<CardResponse> cards) {

	}

	record CardResponse(UUID id, long version, String title, Stage stage, PartnershipStatus status,
			PartnershipPattern pattern, int year, int cycle, List<String> partners, UUID ownerId, String ownerName,
			long daysInStage, LocalDate nextFollowUp, boolean stale) {

		static CardResponse of(Pipeline.Card c) {
			return new CardResponse(c.id(), c.version(), c.title(), c.stage(), c.status(), c.pattern(), c.year(),
					c.cycle(), c.partners(), c.ownerId(), c.ownerName(), c.daysInStage(), c.nextFollowUp(), c.stale());
		}

	}

}
