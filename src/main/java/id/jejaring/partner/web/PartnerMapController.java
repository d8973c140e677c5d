package id.jejaring.partner.web;

import java.util.List;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerGaps;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The partner map: the list's filters, the partners with a location drawn with Leaflet
 * (static/js/partner-map.js reads the markers from the table's data attributes), and the
 * same markers as a plain table that works without tiles or scripts; and the gap view.
 */
@Controller
@PreAuthorize(Access.READ)
class PartnerMapController {

	/** At most this many markers on the map. */
	static final int MAP_LIMIT = 1000;

	private final Partners partners;

	private final PartnerCategories categories;

	private final PartnerGaps gaps;

	private final String tileUrl;

	private final String attribution;

	PartnerMapController(Partners partners, PartnerCategories categories, PartnerGaps gaps,
			@Value("${jejaring.map.tile-url}") String tileUrl,
			@Value("${jejaring.map.attribution:}") String attribution) {
		this.partners = partners;
		this.categories = categories;
		this.gaps = gaps;
		this.tileUrl = tileUrl;
		this.attribution = attribution;
	}

	@GetMapping("/partners/map")
	String map(@ModelAttribute("filter") PartnerController.ListFilter filter, Model model) {
		Page<Partner> located = this.partners.located(filter.partnerFilter(), MAP_LIMIT);
		List<MapFeatures.Marker> markers = located.getContent()
			.stream()
			.map((p) -> MapFeatures.Marker.of(p, this.categories.label(p.getCategoryCode())))
			.toList();
		model.addAttribute("markers", markers);
		model.addAttribute("total", located.getTotalElements());
		model.addAttribute("limit", MAP_LIMIT);
		model.addAttribute("tileUrl", this.tileUrl);
		model.addAttribute("attribution", this.attribution);
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("statuses", PartnerStatus.values());
		model.addAttribute("aspects", NeedAspect.values());
		return "partner/map";
	}

	@GetMapping("/partners/gaps")
	String gaps(Model model) {
		model.addAttribute("gaps", this.gaps.view());
		return "partner/gaps";
	}

}
