package id.jejaring.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.identity.AccountDetails;
import id.jejaring.identity.NewAccount;
import id.jejaring.identity.Role;
import id.jejaring.identity.UserManagement;
import id.jejaring.institution.InstitutionProfile;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedDetails;
import id.jejaring.needs.Needs;
import id.jejaring.needs.RegionScope;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerDetails;
import id.jejaring.partner.PartnerKind;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import id.jejaring.shared.TenantContext;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A new institution of its own in Kabupaten Bandung (32.04.37) with a manager and a staff
 * member who can sign in, so pipeline and recommendation tests see only their own
 * partnerships and partners, whatever other tests and the demo data have added.
 */
final class PipelineFixture {

	static final String PASSWORD = "Jejaring-Uji-2026!";

	final UUID institution;

	final String manager;

	final UUID managerId;

	final String staff;

	final UUID staffId;

	private final Partners partners;

	private final Needs needs;

	private final Programs programs;

	private final Partnerships partnerships;

	private final PartnershipRepository repository;

	private final InteractionRepository interactions;

	private final AnalysisRepository analyses;

	PipelineFixture(UserManagement users, Partners partners, Needs needs, Programs programs, Partnerships partnerships,
			PartnershipRepository repository, InteractionRepository interactions, AnalysisRepository analyses) {
		this.partners = partners;
		this.needs = needs;
		this.programs = programs;
		this.partnerships = partnerships;
		this.repository = repository;
		this.interactions = interactions;
		this.analyses = analyses;
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		NewAccount manager = asRole("ROLE_PLATFORM_ADMIN",
				() -> users.createInstitutionWithManager(InstitutionProfile.named("LKP Pipa " + suffix, "32.04.37"),
						"pipa.pengelola." + suffix, new AccountDetails("Pengelola Pipa " + suffix, null, null)));
		this.institution = manager.account().getInstitutionId();
		this.manager = manager.account().getUsername();
		this.managerId = manager.account().getId();
		users.changeOwnPassword(this.managerId, PASSWORD);
		NewAccount staff = as(() -> users.createStaff("pipa.staf." + suffix, Role.STAFF,
				new AccountDetails("Staf Pipa " + suffix, null, null)));
		this.staff = staff.account().getUsername();
		this.staffId = staff.account().getId();
		users.changeOwnPassword(this.staffId, PASSWORD);
	}

	Partner partner(String name, String category, String region, NeedAspect offers) {
		return partner(name, category, region, offers, PartnerStatus.ACTIVE);
	}

	Partner partner(String name, String category, String region, NeedAspect offers, PartnerStatus status) {
		PartnerDetails details = new PartnerDetails(PartnerKind.ORGANISATION, name, category, null, null, null, region,
				null, null, null, null, null, null, null, null,
				(offers != null) ? List.of(new PartnerDetails.Offering(offers, "Uji")) : List.of(), false, null, null,
				status, List.of(), null);
		return as(() -> this.partners.create(details));
	}

	Need need(NeedAspect aspect, List<String> criteria) {
		return as(() -> {
			var program = this.programs.create(ProgramMother.sewing());
			return this.needs.create(null,
					new NeedDetails(program.getId(), null, aspect, "Kebutuhan pipa " + UUID.randomUUID(), null, 1L,
							null, LocalDate.now().plusDays(30), null, RegionScope.SAME_PROVINCE, null, null, criteria));
		});
	}

	Partnership partnership(String title, Partner partner, Need need, NeedAspect aspect, PartnershipPattern pattern,
			UUID owner) {
		return as(() -> this.partnerships.create(new PartnershipDetails(title, pattern,
				PartnershipStrategy.MISSION_IMPLEMENTATION, owner, 2026, null,
				List.of(new PartnershipDetails.Party(partner.getId(), null)), List.of(need.getId()), Set.of(aspect))));
	}

	/** Pretends the partnership entered its stage some days ago. */
	Partnership enteredDaysAgo(Partnership partnership, int days) {
		return as(() -> {
			Partnership found = this.repository.findById(partnership.getId()).orElseThrow();
			found.moveTo(found.getStage(), Instant.now().minus(java.time.Duration.ofDays(days)));
			return this.repository.saveAndFlush(found);
		});
	}

	Partnership status(Partnership partnership, PartnershipStatus status) {
		return as(() -> this.partnerships.changeStatus(partnership.getId(),
				this.partnerships.get(partnership.getId()).getVersion(), status, "Uji"));
	}

	Partnership reload(Partnership partnership) {
		return as(() -> this.partnerships.get(partnership.getId()));
	}

	Interaction interaction(Partner partner, Partnership partnership, LocalDate on, LocalDate followUpDue,
			boolean done) {
		return as(() -> {
			Interaction interaction = new Interaction(
					new InteractionDetails(partner.getId(), (partnership != null) ? partnership.getId() : null, on,
							InteractionKind.values()[0], InteractionApproach.values()[0], "Uji", "Uji", null,
							(followUpDue != null) ? "Kirim surat" : null, followUpDue, null, List.of()));
			interaction.markFollowUpDone(done);
			return this.interactions.saveAndFlush(interaction);
		});
	}

	Analysis analysis(Partnership partnership, Partner partner, int score) {
		AnalysisDetails.Score each = new AnalysisDetails.Score(score, null);
		return as(() -> this.analyses
			.saveAndFlush(new Analysis(partnership.getId(), partner.getId(), new AnalysisDetails(null, each, each, each,
					each, true, null, true, null, null, AnalysisDecision.values()[0], "Uji"))));
	}

	<T> T as(Supplier<T> work) {
		return asRole("ROLE_MANAGER", () -> TenantContext.callAs(this.institution, work));
	}

	private static <T> T asRole(String role, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("pipa.test", null,
				AuthorityUtils.createAuthorityList(role)));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
