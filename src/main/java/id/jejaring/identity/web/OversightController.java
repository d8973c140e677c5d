package id.jejaring.identity.web;

import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.Oversight;
import id.jejaring.identity.Role;
import id.jejaring.institution.Institution;
import id.jejaring.institution.Regions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Facilitators see their assigned institutions, supervisors the institutions of their
 * region (read-only); opening one goes through {@link Oversight}, which logs it.
 */
@Controller
@RequestMapping("/oversight")
@PreAuthorize("hasAnyRole('FACILITATOR', 'SUPERVISOR', 'PLATFORM_ADMIN')")
class OversightController {

	private final Oversight oversight;

	private final Regions regions;

	OversightController(Oversight oversight, Regions regions) {
		this.oversight = oversight;
		this.regions = regions;
	}

	@GetMapping
	String list(@AuthenticationPrincipal JejaringUser user,
			@PageableDefault(size = 25, sort = "name", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
		model.addAttribute("page", this.oversight.institutions(user, pageable));
		if (user.hasRole(Role.SUPERVISOR)) {
			model.addAttribute("supervisedRegion", this.oversight.supervisedRegionLabel(user));
		}
		return "oversight/list";
	}

	@GetMapping("/institutions/{id}")
	String institution(@AuthenticationPrincipal JejaringUser user, @PathVariable UUID id, Model model) {
		Institution institution = this.oversight.open(user, id);
		model.addAttribute("institution", institution);
		model.addAttribute("regionLabel", this.regions.label(institution.getRegionCode()));
		return "oversight/institution";
	}

}
