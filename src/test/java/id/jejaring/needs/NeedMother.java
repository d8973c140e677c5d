package id.jejaring.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.Programs;
import id.jejaring.shared.TenantContext;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test programs, requirements and needs, written through the services as a manager of the
 * given institution.
 */
public final class NeedMother {

	private final InstitutionManagement institutions;

	private final Programs programs;

	private final Requirements requirements;

	private final Needs needs;

	public NeedMother(InstitutionManagement institutions, Programs programs, Requirements requirements, Needs needs) {
		this.institutions = institutions;
		this.programs = programs;
		this.requirements = requirements;
		this.needs = needs;
	}

	public UUID bandung() {
		return this.institutions.findByNpsn("K5651234").orElseThrow().getId();
	}

	public UUID semarang() {
		return this.institutions.findByNpsn("K5659876").orElseThrow().getId();
	}

	public Program program(UUID institution) {
		return as(institution, () -> this.programs.create(ProgramMother.sewing()));
	}

	/** Ten industrial sewing machines required, three available. */
	public ProgramRequirement shortfall(UUID institution, Program program) {
		return as(institution,
				() -> this.requirements.create(program.getId(), new RequirementDetails(RequirementComponent.EQUIPMENT,
						null, 10L, "Mesin jahit industri", 3L, "Mesin jahit industri", true)));
	}

	public Need need(UUID institution, Program program, NeedAspect aspect) {
		return as(institution,
				() -> this.needs.create(null,
						new NeedDetails(program.getId(), null, aspect, "Kebutuhan uji " + UUID.randomUUID(), null, 2L,
								5_000_000L, LocalDate.now().plusDays(30), null, RegionScope.SAME_PROVINCE, null, null,
								List.of("BUSINESS.CSR"))));
	}

	public Need reload(Need need) {
		return as(need.getInstitutionId(), () -> this.needs.get(need.getId()));
	}

	public ProgramRequirement reload(ProgramRequirement requirement) {
		return as(requirement.getInstitutionId(), () -> this.requirements.get(requirement.getId()));
	}

	public List<ProgramRequirement> requirementsOf(Program program) {
		return as(program.getInstitutionId(), () -> this.requirements.forProgram(program.getId()));
	}

	public long needCount(UUID institution) {
		return as(institution, () -> (long) this.needs.all(NeedFilter.ALL).size());
	}

	public <T> T as(UUID institution, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test.manager", null,
				AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(institution, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
