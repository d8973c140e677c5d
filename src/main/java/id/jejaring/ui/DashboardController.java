package id.jejaring.ui;

import java.util.Map;

import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.Role;
import id.jejaring.identity.UserManagement;
import id.jejaring.institution.FigureCounts;
import id.jejaring.institution.FigureTrend;
import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Programs;
import id.jejaring.institution.Regions;
import id.jejaring.needs.NeedsSummary;
import id.jejaring.partnership.Interactions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after sign-in. Institution users see their institution (profile
 * completeness, users); facilitators and supervisors their list of institutions, or the
 * dashboard of the one they are visiting; the admin the platform pages. Later modules add
 * their panels here.
 */
@Controller
class DashboardController {

	/** Follow-ups due within this many days (and overdue ones) are on the dashboard. */
	static final int FOLLOW_UP_DAYS = 7;

	static final int FOLLOW_UP_ROWS = 15;

	private final InstitutionManagement institutions;

	private final UserManagement users;

	private final Regions regions;

	private final NeedsSummary needsSummary;

	private final Programs programs;

	private final FiguresManagement figures;

	private final Interactions interactions;

	DashboardController(InstitutionManagement institutions, UserManagement users, Regions regions,
			NeedsSummary needsSummary, Programs programs, FiguresManagement figures, Interactions interactions) {
		this.institutions = institutions;
		this.users = users;
		this.regions = regions;
		this.needsSummary = needsSummary;
		this.programs = programs;
		this.figures = figures;
		this.interactions = interactions;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal JejaringUser user, Model model) {
		if (user.hasRole(Role.PLATFORM_ADMIN) && !user.isVisiting()) {
			return "redirect:/admin/institutions";
		}
		if ((user.hasRole(Role.FACILITATOR) || user.hasRole(Role.SUPERVISOR)) && !user.isVisiting()) {
			return "redirect:/oversight";
		}
		Institution institution = this.institutions.current();
		Map<Role, Long> staff = this.users.activeStaffByRole();
		model.addAttribute("institution", institution);
		model.addAttribute("regionLabel", this.regions.label(institution.getRegionCode()));
		model.addAttribute("completeness", institution.completenessPercent());
		model.addAttribute("managers", staff.getOrDefault(Role.MANAGER, 0L));
		model.addAttribute("staffCount", staff.getOrDefault(Role.STAFF, 0L));
		model.addAttribute("needsSummary", this.needsSummary.current());
		// Program & capaian panel (institution module)
		model.addAttribute("activePrograms", this.programs.countActive());
		FigureTrend trend = this.figures.lastFiveYears();
		model.addAttribute("figureTrend", trend);
		model.addAttribute("enrolledChange", trend.change(FigureCounts.Figure.ENROLLED));
		model.addAttribute("placementChange", trend.change(FigureCounts.Rate.PLACEMENT));
		// Tindak lanjut jatuh tempo panel (partnership module)
		model.addAttribute("followUps", this.interactions.followUpsDue(FOLLOW_UP_DAYS, FOLLOW_UP_ROWS));
		model.addAttribute("followUpDays", FOLLOW_UP_DAYS);
		return "dashboard";
	}

}
