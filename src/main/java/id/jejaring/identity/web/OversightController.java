package id.jejaring.identity.web;

import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.Oversight;
import id.jejaring.identity.Role;
import id.jejaring.institution.Institution;
import id.jejaring.institution.Regions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	private final SessionPrincipal sessionPrincipal;

	OversightController(Oversight oversight, Regions regions, SessionPrincipal sessionPrincipal) {
		this.oversight = oversight;
		this.regions = regions;
		this.sessionPrincipal = sessionPrincipal;
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

	@PostMapping("/institutions/{id}/visit")
	String visit(@AuthenticationPrincipal JejaringUser user, @PathVariable UUID id, HttpServletRequest request,
			HttpServletResponse response) {
		this.sessionPrincipal.replace(this.oversight.visit(user, id), request, response);
		return "redirect:/";
	}

	@PostMapping("/leave")
	String leave(@AuthenticationPrincipal JejaringUser user, HttpServletRequest request, HttpServletResponse response) {
		this.sessionPrincipal.replace(this.oversight.leave(user), request, response);
		return "redirect:/oversight";
	}

	@GetMapping("/institutions/{id}")
	String institution(@AuthenticationPrincipal JejaringUser user, @PathVariable UUID id, Model model) {
		Institution institution = this.oversight.open(user, id);
		model.addAttribute("institution", institution);
		model.addAttribute("regionLabel", this.regions.label(institution.getRegionCode()));
		return "oversight/institution";
	}

}
