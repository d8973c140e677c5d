package id.jejaring.partnership;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedMother;
import id.jejaring.needs.Needs;
import id.jejaring.needs.Requirements;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerMother;
import id.jejaring.partner.Partners;
import id.jejaring.shared.TenantContext;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Partnerships for tests: a partner and a need of the institution, linked at mapping. A
 * bean, so tests inject it instead of wiring its parts themselves.
 */
@Component
public final class PartnershipMother {

	private final PartnerMother partners;

	private final NeedMother needs;

	private final Partnerships partnerships;

	private final PartnershipRepository repository;

	private final java.util.Map<UUID, id.jejaring.institution.Program> programs = new java.util.concurrent.ConcurrentHashMap<>();

	public PartnershipMother(InstitutionManagement institutions, Partners partners, Programs programs,
			Requirements requirements, Needs needs, Partnerships partnerships, PartnershipRepository repository) {
		this.partners = new PartnerMother(institutions, partners);
		this.needs = new NeedMother(institutions, programs, requirements, needs);
		this.partnerships = partnerships;
		this.repository = repository;
	}

	/**
	 * A partnership placed at a stage directly, as if its earlier gates had been passed
	 * (for tests of a later stage's gate, whose earlier records other modules keep).
	 */
	public Partnership atStage(UUID institution, Stage stage) {
		Partnership partnership = partnership(institution);
		return as(institution, () -> {
			Partnership found = this.repository.findById(partnership.getId()).orElseThrow();
			found.moveTo(stage, java.time.Instant.now());
			return this.repository.saveAndFlush(found);
		});
	}

	public UUID bandung() {
		return this.partners.bandung();
	}

	public UUID semarang() {
		return this.partners.semarang();
	}

	public Partner partner(UUID institution) {
		return this.partners.partner(institution);
	}

	/**
	 * A new need of the institution, on one program per institution kept by this mother:
	 * a new program per partnership made pages that list every program (the yearly
	 * figures form) grow with the number of tests.
	 */
	public Need need(UUID institution) {
		id.jejaring.institution.Program program = this.programs.computeIfAbsent(institution, this.needs::program);
		return this.needs.need(institution, program, NeedAspect.STAFF);
	}

	public static PartnershipDetails details(String title, Partner partner, Need need) {
		return new PartnershipDetails(title, PartnershipPattern.NURTURING, PartnershipStrategy.MISSION_IMPLEMENTATION,
				null, 2026, null, List.of(new PartnershipDetails.Party(partner.getId(), "Penyedia instruktur")),
				List.of(need.getId()), Set.of(NeedAspect.STAFF));
	}

	/** A partnership at mapping with one new partner and one new need. */
	public Partnership partnership(UUID institution) {
		Partner partner = partner(institution);
		Need need = need(institution);
		return as(institution, "ROLE_MANAGER",
				() -> this.partnerships.create(details(PartnerMother.unique("Kemitraan"), partner, need)));
	}

	public <T> T as(UUID institution, Supplier<T> work) {
		return as(institution, "ROLE_MANAGER", work);
	}

	public <T> T as(UUID institution, String role, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test.user", null,
				AuthorityUtils.createAuthorityList(role)));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(institution, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
