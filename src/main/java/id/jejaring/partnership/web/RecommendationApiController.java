package id.jejaring.partnership.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.PartnerRecommendationPolicy;
import id.jejaring.partnership.PartnerRecommendations;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partner recommendation", description = "Whom to approach for a need, ranked with reasons")
@PreAuthorize(Access.READ)
class RecommendationApiController {

	private final PartnerRecommendations recommendations;

	private final MessageSource messages;

	RecommendationApiController(PartnerRecommendations recommendations, MessageSource messages) {
		this.recommendations = recommendations;
		this.messages = messages;
	}

	@GetMapping("/api/v1/needs/{id}/recommendations")
	@Operation(summary = "The best 20 partners (current and candidate, not archived) for a need, with their score "
			+ "and the reasons (points and text in the request's language); start a partnership with "
			+ "POST /needs/{id}/partners (partnerId) from the page")
	RecommendationResponse recommend(@PathVariable UUID id) {
		PartnerRecommendations.Recommendation recommendation = this.recommendations.forNeed(id);
		Locale locale = LocaleContextHolder.getLocale();
		List<RankedResponse> ranked = recommendation.ranked()
			.stream()
			.map((r) -> new RankedResponse(r.candidate().partnerId(), r.candidate().name(),
					r.candidate().categoryCode(), r.candidate().regionCode(), r.score(),
					r.reasons()
						.stream()
						.map((reason) -> new ReasonResponse(reason.messageKey(), reason.points(),
								this.messages.getMessage(reason.messageKey(), reason.args(), locale)))
						.toList()))
			.toList();
		return new RecommendationResponse(id, recommendation.need().getAspect(), recommendation.considered(), ranked);
	}

	record RecommendationResponse(UUID needId, NeedAspect aspect, int considered, List<RankedResponse> partners) {

	}

	record RankedResponse(UUID partnerId, String name, String categoryCode, String regionCode, int score,
			List<ReasonResponse> reasons) {

	}

	record ReasonResponse(String code, int points, String text) {

	}

}
