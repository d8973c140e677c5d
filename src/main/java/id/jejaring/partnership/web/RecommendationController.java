package id.jejaring.partnership.web;

import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.partnership.PartnerRecommendations;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whom to approach for a need: the ranked partners with the reasons for each rank, and
 * the one click that starts a partnership at mapping with the need and the partner.
 */
@Controller
@PreAuthorize(Access.READ)
class RecommendationController {

	private final PartnerRecommendations recommendations;

	private final Partnerships partnerships;

	private final PartnerCategories categories;

	RecommendationController(PartnerRecommendations recommendations, Partnerships partnerships,
			PartnerCategories categories) {
		this.recommendations = recommendations;
		this.partnerships = partnerships;
		this.categories = categories;
	}

	@GetMapping("/needs/{id}/partners")
	String recommend(@PathVariable UUID id, Model model) {
		PartnerRecommendations.Recommendation recommendation = this.recommendations.forNeed(id);
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("need", recommendation.need());
		model.addAttribute("criteria", this.categories.labels(recommendation.need().categoryCodes()));
		return "partnership/recommendations";
	}

	@PostMapping("/needs/{id}/partners")
	@PreAuthorize(Access.EDIT)
	String start(@PathVariable UUID id, @RequestParam(required = false) UUID partnerId, RedirectAttributes redirect) {
		if (partnerId == null) {
			throw new NotFoundException();
		}
		Partnership partnership = this.partnerships.startFor(id, partnerId);
		redirect.addFlashAttribute("success", "recommendation.started");
		return "redirect:/partnerships/" + partnership.getId();
	}

}
