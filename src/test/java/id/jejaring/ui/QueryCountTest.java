package id.jejaring.ui;

import java.util.Map;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.identity.AccountDetails;
import id.jejaring.identity.Role;
import id.jejaring.identity.UserManagement;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.InstitutionProfile;
import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.FiguresMother;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.SelfAssessmentMother;
import id.jejaring.institution.SelfAssessments;
import id.jejaring.institution.Programs;
import id.jejaring.shared.TenantContext;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main pages run a small, fixed number of SQL statements, however many rows they
 * show: adding rows must not add queries (no N+1).
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserManagement userManagement;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Programs programs;

	@Autowired
	FiguresManagement figures;

	@Autowired
	SelfAssessments assessments;

	@ParameterizedTest
	@CsvSource({ "/, pengelola.bandung", "/users, pengelola.bandung", "/institution, staf.bandung", "/oversight, admin",
			"/admin/institutions, admin", "/admin/users, admin", "/admin/security-log, admin",
			"/programs, staf.bandung", "/figures, staf.bandung", "/api/v1/figures, staf.bandung",
			"/self-assessments, staf.bandung" })
	void pageQueriesDoNotGrowWithTheRowsShown(String path, String username) throws Exception {
		if (path.equals("/programs")) {
			// A full first page, so the page count is queried before as after.
			fillFirstProgramsPage();
		}
		long before = statementsFor(path, username);
		addRows();
		long after = statementsFor(path, username);
		assertThat(after).as("SQL statements for %s after adding rows", path).isEqualTo(before);
		assertThat(before).as("SQL statements for %s", path).isLessThanOrEqualTo(8);
	}

	private void fillFirstProgramsPage() {
		UUID bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		long inUse = TenantContext.callAs(bandung,
				() -> this.programs.list(false, org.springframework.data.domain.PageRequest.of(0, 1))
					.getTotalElements());
		for (long i = inUse; i <= 20; i++) {
			ProgramMother.createIn(this.programs, bandung, "Program Halaman " + UUID.randomUUID());
		}
	}

	private long statementsFor(String path, String username) throws Exception {
		// Once to warm caches (region labels), then measured.
		this.mvc.perform(get(path).with(SignedIn.as(this.users, username))).andExpect(status().isOk());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(path).with(SignedIn.as(this.users, username))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	/**
	 * Three more staff and two more programs with a year of figures and a self-assessment
	 * each in LKP Terampil Mandiri, and two more institutions.
	 */
	private void addRows() {
		UUID bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		var manager = this.users.loadUserByUsername("pengelola.bandung");
		var admin = this.users.loadUserByUsername("admin");
		runAsUser(manager, () -> TenantContext.runAs(bandung, () -> {
			for (int i = 0; i < 3; i++) {
				String suffix = UUID.randomUUID().toString().substring(0, 8);
				this.userManagement.createStaff("qc." + suffix, Role.STAFF,
						new AccountDetails("Staf Uji " + suffix, null, null));
			}
		}));
		for (int i = 0; i < 2; i++) {
			Program program = ProgramMother.createIn(this.programs, bandung, "Program Hitung " + UUID.randomUUID());
			FiguresMother.recordIn(this.figures, bandung, FiguresMother.typical(),
					Map.of(program.getId(), FiguresMother.typical()));
			SelfAssessmentMother.createIn(this.assessments, bandung);
		}
		runAsUser(admin, () -> {
			for (int i = 0; i < 2; i++) {
				String suffix = UUID.randomUUID().toString().substring(0, 8);
				this.userManagement.createInstitutionWithManager(
						InstitutionProfile.named("LKP Uji " + suffix, "33.74.10"), "qc.manager." + suffix,
						new AccountDetails("Pengelola Uji", null, null));
			}
		});
	}

	private static void runAsUser(org.springframework.security.core.userdetails.UserDetails user, Runnable work) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user, null, user.getAuthorities()));
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
	}

}
