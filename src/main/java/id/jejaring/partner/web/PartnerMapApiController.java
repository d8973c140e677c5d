package id.jejaring.partner.web;

import java.util.List;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerGaps;
import id.jejaring.partner.PartnerFilter;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partners", description = "The partner registry (pemetaan mitra) and the partners' contact persons")
@PreAuthorize(Access.READ)
class PartnerMapApiController {

	private final Partners partners;

	private final PartnerCategories categories;

	private final PartnerGaps gaps;

	PartnerMapApiController(Partners partners, PartnerCategories categories, PartnerGaps gaps) {
		this.partners = partners;
		this.gaps = gaps;
		this.categories = categories;
	}

	@GetMapping("/api/v1/partners/map")
	@Operation(summary = "Partners with a map location as a GeoJSON feature collection ([longitude, latitude]), "
			+ "with the list's filters; at most 1000, total tells how many matched")
	MapFeatures map(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) PartnerStatus status,
			@RequestParam(required = false) NeedAspect aspect, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "false") boolean archived) {
		Page<Partner> located = this.partners.located(
				new PartnerFilter(q, category, region, status, aspect, tag, archived), PartnerMapController.MAP_LIMIT);
		List<MapFeatures.Marker> markers = located.getContent()
			.stream()
			.map((p) -> MapFeatures.Marker.of(p, this.categories.label(p.getCategoryCode())))
			.toList();
		return MapFeatures.of(markers, located.getTotalElements(), PartnerMapController.MAP_LIMIT);
	}

	@GetMapping("/api/v1/partners/gaps")
	@Operation(summary = "The gap view for the institution's region: every partner category (grouped by top-level "
			+ "category) with its partners in the regency, the province and anywhere (missing = none in the province), "
			+ "and the open needs without a candidate partner in one of their criteria categories within their region scope")
	PartnerGaps.View gaps() {
		return this.gaps.view();
	}

}
