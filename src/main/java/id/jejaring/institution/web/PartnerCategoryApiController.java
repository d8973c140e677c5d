package id.jejaring.institution.web;

import java.util.List;
import java.util.Locale;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.shared.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/partner-categories")
@Tag(name = "Partner categories", description = "Reference list of partner categories (two levels)")
@PreAuthorize(Access.READ)
class PartnerCategoryApiController {

	private final PartnerCategories categories;

	PartnerCategoryApiController(PartnerCategories categories) {
		this.categories = categories;
	}

	@GetMapping
	@Operation(summary = "List partner categories, groups before their members, labelled in the caller's language")
	List<PartnerCategoryResponse> list(Locale locale) {
		return this.categories.all()
			.stream()
			.map((c) -> new PartnerCategoryResponse(c.getCode(), c.getParentCode(), c.label(locale.getLanguage()),
					c.getLabelId(), c.getLabelEn()))
			.toList();
	}

	record PartnerCategoryResponse(String code, String parentCode, String label, String labelId, String labelEn) {
	}

}
