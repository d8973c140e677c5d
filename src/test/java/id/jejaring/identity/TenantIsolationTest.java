package id.jejaring.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.FiguresMother;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.Programs;
import id.jejaring.institution.SelfAssessment;
import id.jejaring.institution.SelfAssessmentMother;
import id.jejaring.institution.SelfAssessments;
import id.jejaring.institution.YearlyFigures;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedMother;
import id.jejaring.needs.NeedStatus;
import id.jejaring.needs.Needs;
import id.jejaring.needs.ProgramRequirement;
import id.jejaring.needs.Requirements;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerContact;
import id.jejaring.partner.PartnerImportJob;
import id.jejaring.partner.PartnerImportJobs;
import id.jejaring.partner.PartnerMother;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * House rule 10: another institution's ids give 404. Every route with an {@code {id}}
 * (found in Spring MVC's mappings, so a new one cannot be forgotten) is replayed by a
 * user who may use the route but not that record; the answer is 404 and the record is
 * unchanged. Targets are throwaway records, so a failure cannot spoil the demo data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenantIsolationTest {

	@Autowired
	PartnershipMother partnershipMother;

	@FunctionalInterface
	interface Replay {

		void run() throws Exception;

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JejaringUserDetailsService userDetails;

	@Autowired
	UserManagement users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	SecurityLog securityLog;

	@Autowired
	Programs programs;

	@Autowired
	Requirements requirements;

	@Autowired
	Needs needs;

	@Autowired
	FiguresManagement figures;

	@Autowired
	SelfAssessments assessments;

	@Autowired
	Partners partners;

	@Autowired
	PartnerImportJobs importJobs;

	@Autowired
	Partnerships partnerships;

	// the beans InteractionReplays (issue 5, h5) needs
	@Autowired
	org.springframework.context.ApplicationContext interactionBeans;

	SignedIn signedIn;

	UserAccountMother mother;

	NeedMother needMother;

	@BeforeEach
	void setUp() {
		this.signedIn = new SignedIn(this.userDetails);
		this.mother = new UserAccountMother(this.users, this.institutions, this.accounts);
		this.needMother = new NeedMother(this.institutions, this.programs, this.requirements, this.needs);
	}

	/** Route → a replay by an outsider that must answer 404 and change nothing. */
	Map<String, Replay> replays() {
		Map<String, Replay> replays = new LinkedHashMap<>();
		// A manager of LKP Cipta Karya (Semarang) on a user of LKP Terampil Mandiri
		// (Bandung).
		replays.put("GET /users/{id}/edit", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(get("/users/{id}/edit", bandungStaff.getId()), "pengelola.semarang");
			// the same page for its own manager, so the 404 above is not a broken route
			this.mvc.perform(get("/users/{id}/edit", bandungStaff.getId()).with(this.signedIn.as("pengelola.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("POST /users/{id}", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(post("/users/{id}", bandungStaff.getId()).param("fullName", "Diubah dari Semarang")
				.param("role", "MANAGER")
				.param("version", String.valueOf(bandungStaff.getVersion())), "pengelola.semarang");
			UserAccount after = this.mother.reload(bandungStaff);
			assertThat(after.getFullName()).isEqualTo(bandungStaff.getFullName());
			assertThat(after.getRole()).isEqualTo(Role.STAFF);
		});
		replays.put("POST /users/{id}/deactivate", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(post("/users/{id}/deactivate", bandungStaff.getId()), "pengelola.semarang");
			assertThat(this.mother.reload(bandungStaff).isEnabled()).isTrue();
			// its own manager may, so "still enabled" above means something
			this.mvc
				.perform(post("/users/{id}/deactivate", bandungStaff.getId()).with(csrf())
					.with(this.signedIn.as("pengelola.bandung")))
				.andExpect(status().is3xxRedirection());
			assertThat(this.mother.reload(bandungStaff).isEnabled()).isFalse();
		});
		replays.put("POST /users/{id}/activate", () -> {
			UserAccount disabled = this.mother.disabledStaffOf(this.mother.bandung());
			notFound(post("/users/{id}/activate", disabled.getId()), "pengelola.semarang");
			assertThat(this.mother.reload(disabled).isEnabled()).isFalse();
		});
		replays.put("POST /users/{id}/reset-password", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(post("/users/{id}/reset-password", bandungStaff.getId()), "pengelola.semarang");
			assertThat(this.users.passwordMatches(bandungStaff.getId(), UserAccountMother.PASSWORD)).isTrue();
			assertThat(this.mother.reload(bandungStaff).isMustChangePassword()).isFalse();
		});
		// Tokens belong to their owner: anyone else, even a manager, gets 404.
		replays.put("POST /account/tokens/{id}/revoke", () -> {
			UserAccount owner = this.mother.staffOf(this.mother.bandung());
			this.tokens.create(owner.getId(), "integrasi");
			UUID tokenId = this.tokens.of(owner.getId()).get(0).getId();
			notFound(post("/account/tokens/{id}/revoke", tokenId), "pengelola.semarang");
			notFound(post("/account/tokens/{id}/revoke", tokenId), "pengelola.bandung");
			assertThat(this.tokens.of(owner.getId())).singleElement().satisfies((token) -> {
				assertThat(token.getId()).isEqualTo(tokenId);
				assertThat(token.isActive()).isTrue();
			});
		});
		// A facilitator not assigned to the institution; a supervisor outside its region.
		replays.put("GET /oversight/institutions/{id}", () -> {
			UserAccount facilitator = this.mother.facilitatorOf(this.mother.semarang());
			notFound(get("/oversight/institutions/{id}", this.mother.bandung()), facilitator.getUsername());
			assertThat(this.securityLog.of(SecurityEvent.Kind.INSTITUTION_ACCESS, facilitator.getUsername()))
				.as("a refused opening is not an access")
				.isEmpty();
			this.mvc
				.perform(
						get("/oversight/institutions/{id}", this.mother.semarang()).with(this.signedIn.as(facilitator)))
				.andExpect(status().isOk());

			// pengawas.jabar supervises Jawa Barat (32); LKP Cipta Karya is in Jawa
			// Tengah (33)
			notFound(get("/oversight/institutions/{id}", this.mother.semarang()), "pengawas.jabar");
			this.mvc
				.perform(get("/oversight/institutions/{id}", this.mother.bandung())
					.with(this.signedIn.as("pengawas.jabar")))
				.andExpect(status().isOk());
		});
		// Visiting (reading an institution's records with the ordinary pages) is refused
		// the same way.
		replays.put("POST /oversight/institutions/{id}/visit", () -> {
			UserAccount facilitator = this.mother.facilitatorOf(this.mother.semarang());
			notFound(post("/oversight/institutions/{id}/visit", this.mother.bandung()), facilitator.getUsername());
			notFound(post("/oversight/institutions/{id}/visit", this.mother.semarang()), "pengawas.jabar");
			assertThat(this.securityLog.of(SecurityEvent.Kind.INSTITUTION_ACCESS, facilitator.getUsername()))
				.as("a refused visit is not an access")
				.isEmpty();
		});
		// The admin's platform-user pages never reach an institution's accounts.
		replays.put("GET /admin/users/{id}/edit", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(get("/admin/users/{id}/edit", bandungStaff.getId()), "admin");
		});
		replays.put("POST /admin/users/{id}", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(post("/admin/users/{id}", bandungStaff.getId()).param("role", "STAFF")
				.param("fullName", "Diubah oleh admin")
				.param("version", String.valueOf(bandungStaff.getVersion())), "admin");
			assertThat(this.mother.reload(bandungStaff).getFullName()).isEqualTo(bandungStaff.getFullName());
		});
		replays.put("POST /admin/users/{id}/deactivate", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(post("/admin/users/{id}/deactivate", bandungStaff.getId()), "admin");
			assertThat(this.mother.reload(bandungStaff).isEnabled()).isTrue();
		});
		replays.put("POST /admin/users/{id}/activate", () -> {
			UserAccount disabled = this.mother.disabledStaffOf(this.mother.bandung());
			notFound(post("/admin/users/{id}/activate", disabled.getId()), "admin");
			assertThat(this.mother.reload(disabled).isEnabled()).isFalse();
		});
		replays.put("POST /admin/users/{id}/reset-password", () -> {
			UserAccount bandungStaff = this.mother.staffOf(this.mother.bandung());
			notFound(post("/admin/users/{id}/reset-password", bandungStaff.getId()), "admin");
			assertThat(this.users.passwordMatches(bandungStaff.getId(), UserAccountMother.PASSWORD)).isTrue();
		});
		needReplays(replays);
		programReplays(replays);
		figuresReplays(replays);
		selfAssessmentReplays(replays);
		partnerReplays(replays);
		pipelineReplays(replays);
		// interactions, analyses and explorations (issue 5, h5)
		new InteractionReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		new AgreementReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		new NotificationReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		// agreement documents (issue 6, h1)
		new AgreementDocumentReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		// agreements API (issue 6, h3)
		new AgreementApiReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		// work plan (issue 7, h4)
		new WorkPlanReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		// implementation of the work plan (issue 7, h1)
		new ImplementationReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		// monitoring and joint evaluation (issue 7, h2)
		new EvaluationReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		// improvement and follow-up (issue 7, h3)
		new FollowUpReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		// partnership report (issue 7)
		new ReportReplays(this.mvc, this.signedIn, this.interactionBeans).addTo(replays);
		partnershipReplays(replays);
		return replays;
	}

	/**
	 * A manager of LKP Cipta Karya (Semarang) on LKP Terampil Mandiri's (Bandung)
	 * programs, requirements and needs, with input that would be accepted for their own.
	 */
	private void needReplays(Map<String, Replay> replays) {
		String outsider = "pengelola.semarang";
		replays.put("GET /programs/{id}/requirements",
				() -> notFound(
						get("/programs/{id}/requirements", this.needMother.program(this.needMother.bandung()).getId()),
						outsider));
		replays.put("POST /programs/{id}/requirements", () -> {
			Program program = this.needMother.program(this.needMother.bandung());
			notFound(post("/programs/{id}/requirements", program.getId()).param("component", "EQUIPMENT")
				.param("requiredQuantity", "5")
				.param("version", "0"), outsider);
			assertThat(this.needMother.requirementsOf(program)).isEmpty();
		});
		replays.put("GET /requirements/{id}/edit",
				() -> notFound(get("/requirements/{id}/edit", bandungRequirement().getId()), outsider));
		replays.put("POST /requirements/{id}", () -> {
			ProgramRequirement requirement = bandungRequirement();
			notFound(post("/requirements/{id}", requirement.getId()).param("component", "EQUIPMENT")
				.param("requiredQuantity", "1")
				.param("version", "0"), outsider);
			assertThat(this.needMother.reload(requirement).getRequiredQuantity()).isEqualTo(10L);
		});
		replays.put("POST /requirements/{id}/delete", () -> {
			ProgramRequirement requirement = bandungRequirement();
			notFound(post("/requirements/{id}/delete", requirement.getId()), outsider);
			assertThat(this.needMother.reload(requirement)).isNotNull();
		});
		replays.put("GET /needs/{id}", () -> notFound(get("/needs/{id}", bandungNeed().getId()), outsider));
		replays.put("GET /needs/{id}/edit", () -> notFound(get("/needs/{id}/edit", bandungNeed().getId()), outsider));
		replays.put("POST /needs/{id}", () -> {
			Need need = bandungNeed();
			notFound(post("/needs/{id}", need.getId()).param("programId", need.getProgramId().toString())
				.param("aspect", "FUNDS")
				.param("title", "Diubah dari Semarang")
				.param("version", "0"), outsider);
			assertThat(this.needMother.reload(need).getTitle()).isEqualTo(need.getTitle());
		});
		replays.put("POST /needs/{id}/status", () -> {
			Need need = bandungNeed();
			notFound(post("/needs/{id}/status", need.getId()).param("status", "DROPPED")
				.param("reason", "Dari Semarang")
				.param("version", "0"), outsider);
			assertThat(this.needMother.reload(need).getStatus()).isEqualTo(NeedStatus.OPEN);
		});
		replays.put("POST /needs/{id}/move-up", () -> {
			Need need = bandungNeed();
			notFound(post("/needs/{id}/move-up", need.getId()), outsider);
			assertThat(this.needMother.reload(need).getPriorityRank()).isEqualTo(need.getPriorityRank());
		});
		replays.put("POST /needs/{id}/move-down", () -> {
			Need need = bandungNeed();
			notFound(post("/needs/{id}/move-down", need.getId()), outsider);
			assertThat(this.needMother.reload(need).getPriorityRank()).isEqualTo(need.getPriorityRank());
		});
		replays.put("GET /api/v1/needs/{id}",
				() -> notFound(get("/api/v1/needs/{id}", bandungNeed().getId()), outsider));
		replays.put("PUT /api/v1/needs/{id}", () -> {
			Need need = bandungNeed();
			notFound(json(put("/api/v1/needs/{id}", need.getId()), "{\"programId\":\"" + need.getProgramId()
					+ "\",\"aspect\":\"FUNDS\",\"title\":\"X\",\"version\":0}"), outsider);
			assertThat(this.needMother.reload(need).getTitle()).isEqualTo(need.getTitle());
		});
		replays.put("POST /api/v1/needs/{id}/status", () -> {
			Need need = bandungNeed();
			notFound(json(post("/api/v1/needs/{id}/status", need.getId()),
					"{\"status\":\"DROPPED\",\"reason\":\"X\",\"version\":0}"), outsider);
			assertThat(this.needMother.reload(need).getStatus()).isEqualTo(NeedStatus.OPEN);
		});
		replays.put("POST /api/v1/needs/{id}/move", () -> {
			Need need = bandungNeed();
			notFound(json(post("/api/v1/needs/{id}/move", need.getId()), "{\"direction\":\"UP\"}"), outsider);
			assertThat(this.needMother.reload(need).getPriorityRank()).isEqualTo(need.getPriorityRank());
		});
		replays.put("GET /api/v1/programs/{id}/requirements", () -> notFound(
				get("/api/v1/programs/{id}/requirements", this.needMother.program(this.needMother.bandung()).getId()),
				outsider));
		replays.put("POST /api/v1/programs/{id}/requirements", () -> {
			Program program = this.needMother.program(this.needMother.bandung());
			notFound(json(post("/api/v1/programs/{id}/requirements", program.getId()),
					"{\"component\":\"EQUIPMENT\",\"requiredQuantity\":\"5\",\"version\":0}"), outsider);
			assertThat(this.needMother.requirementsOf(program)).isEmpty();
		});
		replays.put("PUT /api/v1/requirements/{id}", () -> {
			ProgramRequirement requirement = bandungRequirement();
			notFound(json(put("/api/v1/requirements/{id}", requirement.getId()),
					"{\"component\":\"EQUIPMENT\",\"requiredQuantity\":\"1\",\"version\":0}"), outsider);
			assertThat(this.needMother.reload(requirement).getRequiredQuantity()).isEqualTo(10L);
		});
		replays.put("DELETE /api/v1/requirements/{id}", () -> {
			ProgramRequirement requirement = bandungRequirement();
			notFound(delete("/api/v1/requirements/{id}", requirement.getId()), outsider);
			assertThat(this.needMother.reload(requirement)).isNotNull();
		});
	}

	private ProgramRequirement bandungRequirement() {
		UUID bandung = this.needMother.bandung();
		return this.needMother.shortfall(bandung, this.needMother.program(bandung));
	}

	private Need bandungNeed() {
		UUID bandung = this.needMother.bandung();
		return this.needMother.need(bandung, this.needMother.program(bandung), NeedAspect.FUNDS);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/**
	 * Programs (issue 3): the manager of LKP Cipta Karya (Semarang) on a program of LKP
	 * Terampil Mandiri (Bandung), in the pages and the API.
	 */
	private void programReplays(Map<String, Replay> replays) {
		replays.put("GET /programs/{id}", () -> {
			Program program = bandungProgram();
			notFound(get("/programs/{id}", program.getId()), "pengelola.semarang");
			this.mvc.perform(get("/programs/{id}", program.getId()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /programs/{id}/edit",
				() -> notFound(get("/programs/{id}/edit", bandungProgram().getId()), "staf.semarang"));
		replays.put("POST /programs/{id}", () -> {
			Program program = bandungProgram();
			notFound(post("/programs/{id}", program.getId()).param("name", "Diubah dari Semarang")
				.param("type", "OTHER")
				.param("status", "PAUSED")
				.param("version", String.valueOf(program.getVersion())), "pengelola.semarang");
			assertThat(ProgramMother.reload(this.programs, program).getName()).isEqualTo(program.getName());
		});
		replays.put("POST /programs/{id}/archive", () -> {
			Program program = bandungProgram();
			notFound(post("/programs/{id}/archive", program.getId()), "pengelola.semarang");
			assertThat(ProgramMother.reload(this.programs, program).isArchived()).isFalse();
		});
		replays.put("POST /programs/{id}/restore", () -> {
			Program program = bandungProgram();
			ProgramMother.archive(this.programs, program);
			notFound(post("/programs/{id}/restore", program.getId()), "pengelola.semarang");
			assertThat(ProgramMother.reload(this.programs, program).isArchived()).isTrue();
		});
		replays.put("GET /api/v1/programs/{id}",
				() -> notFound(get("/api/v1/programs/{id}", bandungProgram().getId()), "pengelola.semarang"));
		replays.put("PUT /api/v1/programs/{id}", () -> {
			Program program = bandungProgram();
			notFound(put("/api/v1/programs/{id}", program.getId()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Diubah dari Semarang\",\"type\":\"OTHER\",\"status\":\"PAUSED\",\"version\":"
						+ program.getVersion() + "}"),
					"pengelola.semarang");
			assertThat(ProgramMother.reload(this.programs, program).getName()).isEqualTo(program.getName());
		});
		replays.put("POST /api/v1/programs/{id}/archive", () -> {
			Program program = bandungProgram();
			notFound(post("/api/v1/programs/{id}/archive", program.getId()), "pengelola.semarang");
			assertThat(ProgramMother.reload(this.programs, program).isArchived()).isFalse();
		});
		replays.put("POST /api/v1/programs/{id}/restore", () -> {
			Program program = bandungProgram();
			ProgramMother.archive(this.programs, program);
			notFound(post("/api/v1/programs/{id}/restore", program.getId()), "pengelola.semarang");
			assertThat(ProgramMother.reload(this.programs, program).isArchived()).isTrue();
		});
	}

	/** Yearly figures (issue 3): Semarang's users on a year of Bandung's figures. */
	private void figuresReplays(Map<String, Replay> replays) {
		replays.put("GET /figures/{id}", () -> {
			YearlyFigures year = FiguresMother.recordIn(this.figures, this.mother.bandung());
			notFound(get("/figures/{id}", year.getId()), "pengelola.semarang");
			this.mvc.perform(get("/figures/{id}", year.getId()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /figures/{id}/edit",
				() -> notFound(
						get("/figures/{id}/edit", FiguresMother.recordIn(this.figures, this.mother.bandung()).getId()),
						"staf.semarang"));
		replays.put("POST /figures/{id}", () -> {
			YearlyFigures year = FiguresMother.recordIn(this.figures, this.mother.bandung());
			notFound(post("/figures/{id}", year.getId()).param("year", String.valueOf(year.getYear()))
				.param("enrolled", "1")
				.param("graduates", "1")
				.param("certified", "1")
				.param("placed", "1")
				.param("startedBusiness", "0")
				.param("jobOrders", "0")
				.param("version", String.valueOf(year.getVersion())), "pengelola.semarang");
			assertThat(FiguresMother.reload(this.figures, year).total()).isEqualTo(year.total());
		});
		replays.put("GET /api/v1/figures/{id}",
				() -> notFound(
						get("/api/v1/figures/{id}",
								FiguresMother.recordIn(this.figures, this.mother.bandung()).getId()),
						"pengelola.semarang"));
		replays.put("PUT /api/v1/figures/{id}", () -> {
			YearlyFigures year = FiguresMother.recordIn(this.figures, this.mother.bandung());
			notFound(put("/api/v1/figures/{id}", year.getId()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":\"" + year.getYear() + "\",\"enrolled\":\"1\",\"graduates\":\"1\","
						+ "\"certified\":\"1\",\"placed\":\"1\",\"startedBusiness\":\"0\",\"jobOrders\":\"0\","
						+ "\"version\":" + year.getVersion() + "}"),
					"pengelola.semarang");
			assertThat(FiguresMother.reload(this.figures, year).total()).isEqualTo(year.total());
		});
	}

	/** Self-assessments (issue 3): Semarang's users on Bandung's assessment. */
	private void selfAssessmentReplays(Map<String, Replay> replays) {
		replays.put("GET /self-assessments/{id}", () -> {
			SelfAssessment assessment = SelfAssessmentMother.createIn(this.assessments, this.mother.bandung());
			notFound(get("/self-assessments/{id}", assessment.getId()), "pengelola.semarang");
			this.mvc.perform(get("/self-assessments/{id}", assessment.getId()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /self-assessments/{id}/edit",
				() -> notFound(
						get("/self-assessments/{id}/edit",
								SelfAssessmentMother.createIn(this.assessments, this.mother.bandung()).getId()),
						"staf.semarang"));
		replays.put("POST /self-assessments/{id}", () -> {
			SelfAssessment assessment = SelfAssessmentMother.createIn(this.assessments, this.mother.bandung());
			notFound(post("/self-assessments/{id}", assessment.getId())
				.param("year", String.valueOf(assessment.getYear()))
				.param("hrScore", "1")
				.param("facilitiesScore", "1")
				.param("programsScore", "1")
				.param("graduatesScore", "1")
				.param("opportunities", "Diubah dari Semarang")
				.param("version", String.valueOf(assessment.getVersion())), "pengelola.semarang");
			assertThat(SelfAssessmentMother.reload(this.assessments, assessment).getOpportunities())
				.isEqualTo(assessment.getOpportunities());
		});
		replays.put("GET /api/v1/self-assessments/{id}",
				() -> notFound(
						get("/api/v1/self-assessments/{id}",
								SelfAssessmentMother.createIn(this.assessments, this.mother.bandung()).getId()),
						"pengelola.semarang"));
		replays.put("PUT /api/v1/self-assessments/{id}", () -> {
			SelfAssessment assessment = SelfAssessmentMother.createIn(this.assessments, this.mother.bandung());
			notFound(put("/api/v1/self-assessments/{id}", assessment.getId()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\":\"" + assessment.getYear() + "\",\"hrScore\":\"1\",\"facilitiesScore\":\"1\","
						+ "\"programsScore\":\"1\",\"graduatesScore\":\"1\",\"opportunities\":\"Diubah\","
						+ "\"version\":" + assessment.getVersion() + "}"),
					"pengelola.semarang");
			assertThat(SelfAssessmentMother.reload(this.assessments, assessment).getOpportunities())
				.isEqualTo(assessment.getOpportunities());
		});
	}

	/**
	 * Partners (issue 4): Semarang's users on a partner and a contact of Bandung's, in
	 * the pages and the API, with input that would be accepted for their own.
	 */
	private void partnerReplays(Map<String, Replay> replays) {
		PartnerMother partnerMother = new PartnerMother(this.institutions, this.partners);
		String outsider = "pengelola.semarang";
		importJobReplays(replays, partnerMother, outsider);
		replays.put("GET /partners/{id}", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(get("/partners/{id}", partner.getId()), outsider);
			this.mvc.perform(get("/partners/{id}", partner.getId()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /partners/{id}/edit",
				() -> notFound(get("/partners/{id}/edit", partnerMother.partner(partnerMother.bandung()).getId()),
						"staf.semarang"));
		replays.put("POST /partners/{id}", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(post("/partners/{id}", partner.getId()).param("name", "Diubah dari Semarang")
				.param("categoryCode", "BUSINESS.SMALL")
				.param("saveAnyway", "true")
				.param("version", String.valueOf(partner.getVersion())), outsider);
			assertThat(partnerMother.reload(partner).getName()).isEqualTo(partner.getName());
		});
		replays.put("POST /partners/{id}/archive", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(post("/partners/{id}/archive", partner.getId()), outsider);
			assertThat(partnerMother.reload(partner).isArchived()).isFalse();
		});
		replays.put("POST /partners/{id}/restore", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			partnerMother.as(partner.getInstitutionId(), () -> this.partners.archive(partner.getId()));
			notFound(post("/partners/{id}/restore", partner.getId()), outsider);
			assertThat(partnerMother.reload(partner).isArchived()).isTrue();
		});
		replays.put("GET /partners/{id}/merge",
				() -> notFound(get("/partners/{id}/merge", partnerMother.partner(partnerMother.bandung()).getId()),
						outsider));
		replays.put("GET /partners/{id}/merge/{otherId}", () -> {
			Partner bandung = partnerMother.partner(partnerMother.bandung());
			Partner semarang = partnerMother.partner(partnerMother.semarang());
			notFound(get("/partners/{id}/merge/{otherId}", bandung.getId(), semarang.getId()), outsider);
			notFound(get("/partners/{id}/merge/{otherId}", semarang.getId(), bandung.getId()), outsider);
		});
		replays.put("POST /partners/{id}/merge/{otherId}", () -> {
			Partner bandung = partnerMother.partner(partnerMother.bandung());
			Partner semarang = partnerMother.partner(partnerMother.semarang());
			PartnerContact contact = partnerMother.contact(bandung, "Ibu Bandung", "0812-7777-8888");
			notFound(post("/partners/{id}/merge/{otherId}", semarang.getId(), bandung.getId())
				.param("survivorVersion", String.valueOf(semarang.getVersion()))
				.param("mergedVersion", String.valueOf(bandung.getVersion())), outsider);
			notFound(post("/partners/{id}/merge/{otherId}", bandung.getId(), semarang.getId())
				.param("survivorVersion", String.valueOf(bandung.getVersion()))
				.param("mergedVersion", String.valueOf(semarang.getVersion())), outsider);
			Partner reloaded = partnerMother.reload(bandung);
			assertThat(reloaded.isArchived()).isFalse();
			assertThat(reloaded.getMergedIntoId()).isNull();
			assertThat(contactNames(partnerMother, contact)).containsExactly(contact.getName());
			assertThat(partnerMother.reload(semarang).getMergedIntoId()).isNull();
		});
		replays.put("POST /partners/{id}/delete", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(post("/partners/{id}/delete", partner.getId()), outsider);
			assertThat(partnerMother.reload(partner).isArchived()).isFalse();
		});
		replays.put("POST /partners/{id}/contacts", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(post("/partners/{id}/contacts", partner.getId()).param("name", "Dari Semarang")
				.param("version", "0"), outsider);
			assertThat(partnerMother.contactsOf(partner)).isEmpty();
		});
		replays.put("GET /contacts/{id}/edit",
				() -> notFound(get("/contacts/{id}/edit", bandungContact(partnerMother).getId()), "staf.semarang"));
		replays.put("POST /contacts/{id}", () -> {
			PartnerContact contact = bandungContact(partnerMother);
			notFound(post("/contacts/{id}", contact.getId()).param("name", "Diubah dari Semarang")
				.param("version", String.valueOf(contact.getVersion())), outsider);
			assertThat(contactNames(partnerMother, contact)).containsExactly(contact.getName());
		});
		replays.put("POST /contacts/{id}/delete", () -> {
			PartnerContact contact = bandungContact(partnerMother);
			notFound(post("/contacts/{id}/delete", contact.getId()), outsider);
			assertThat(contactNames(partnerMother, contact)).containsExactly(contact.getName());
		});
		replays.put("GET /api/v1/partners/{id}",
				() -> notFound(get("/api/v1/partners/{id}", partnerMother.partner(partnerMother.bandung()).getId()),
						outsider));
		replays.put("PUT /api/v1/partners/{id}", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(json(put("/api/v1/partners/{id}", partner.getId()),
					"{\"name\":\"Diubah\",\"categoryCode\":\"BUSINESS.SMALL\",\"version\":" + partner.getVersion()
							+ "}"),
					outsider);
			assertThat(partnerMother.reload(partner).getName()).isEqualTo(partner.getName());
		});
		replays.put("POST /api/v1/partners/{id}/archive", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(post("/api/v1/partners/{id}/archive", partner.getId()), outsider);
			assertThat(partnerMother.reload(partner).isArchived()).isFalse();
		});
		replays.put("GET /api/v1/partners/{id}/contacts",
				() -> notFound(
						get("/api/v1/partners/{id}/contacts", partnerMother.partner(partnerMother.bandung()).getId()),
						outsider));
		replays.put("POST /api/v1/partners/{id}/contacts", () -> {
			Partner partner = partnerMother.partner(partnerMother.bandung());
			notFound(json(post("/api/v1/partners/{id}/contacts", partner.getId()),
					"{\"name\":\"Dari Semarang\",\"version\":0}"), outsider);
			assertThat(partnerMother.contactsOf(partner)).isEmpty();
		});
		replays.put("PUT /api/v1/contacts/{id}", () -> {
			PartnerContact contact = bandungContact(partnerMother);
			notFound(json(put("/api/v1/contacts/{id}", contact.getId()),
					"{\"name\":\"Diubah\",\"version\":" + contact.getVersion() + "}"), outsider);
			assertThat(contactNames(partnerMother, contact)).containsExactly(contact.getName());
		});
		replays.put("DELETE /api/v1/contacts/{id}", () -> {
			PartnerContact contact = bandungContact(partnerMother);
			notFound(delete("/api/v1/contacts/{id}", contact.getId()), outsider);
			assertThat(contactNames(partnerMother, contact)).containsExactly(contact.getName());
		});
	}

	private PartnerContact bandungContact(PartnerMother partnerMother) {
		return partnerMother.contact(partnerMother.partner(partnerMother.bandung()), "Ibu Bandung", "0812-7777-8888");
	}

	private List<String> contactNames(PartnerMother partnerMother, PartnerContact contact) {
		return partnerMother.as(contact.getInstitutionId(),
				() -> this.partners.contacts(contact.getPartnerId()).stream().map(PartnerContact::getName).toList());
	}

	private Program bandungProgram() {
		return ProgramMother.createIn(this.programs, this.mother.bandung(), "Program Isolasi " + UUID.randomUUID());
	}

	/**
	 * Partnerships (issue 5, h4): the manager of LKP Cipta Karya (Semarang) on a
	 * partnership of LKP Terampil Mandiri (Bandung), in the pages and the API.
	 */
	private void partnershipReplays(Map<String, Replay> replays) {
		PartnershipMother mother = this.partnershipMother;
		String outsider = "pengelola.semarang";
		replays.put("GET /partnerships/{id}", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			notFound(get("/partnerships/{id}", partnership.getId()), outsider);
			this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /partnerships/{id}/edit",
				() -> notFound(get("/partnerships/{id}/edit", mother.partnership(mother.bandung()).getId()),
						"staf.semarang"));
		replays.put("POST /partnerships/{id}", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			Partner theirs = mother.partner(mother.semarang());
			notFound(post("/partnerships/{id}", partnership.getId()).param("title", "Diubah dari Semarang")
				.param("partyIds", theirs.getId().toString())
				.param("partyRoles", "Peran")
				.param("pattern", "AS_NEEDED")
				.param("strategy", "MISSION_IMPLEMENTATION")
				.param("year", "2026")
				.param("version", String.valueOf(partnership.getVersion())), outsider);
			assertThat(reload(mother, partnership).getTitle()).isEqualTo(partnership.getTitle());
		});
		replays.put("POST /partnerships/{id}/move", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			notFound(post("/partnerships/{id}/move", partnership.getId()).param("target", "INFORMATION_GATHERING")
				.param("version", String.valueOf(partnership.getVersion())), outsider);
			assertThat(reload(mother, partnership).getStage()).isEqualTo(Stage.MAPPING);
		});
		replays.put("POST /partnerships/{id}/status", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			notFound(post("/partnerships/{id}/status", partnership.getId()).param("status", "STOPPED")
				.param("reason", "Dari Semarang")
				.param("version", String.valueOf(partnership.getVersion())), outsider);
			assertThat(reload(mother, partnership).getStatus()).isEqualTo(PartnershipStatus.ACTIVE);
		});
		replays.put("GET /api/v1/partnerships/{id}",
				() -> notFound(get("/api/v1/partnerships/{id}", mother.partnership(mother.bandung()).getId()),
						outsider));
		replays.put("GET /api/v1/partnerships/{id}/history",
				() -> notFound(get("/api/v1/partnerships/{id}/history", mother.partnership(mother.bandung()).getId()),
						outsider));
		replays.put("GET /api/v1/partnerships/{id}/gate",
				() -> notFound(get("/api/v1/partnerships/{id}/gate", mother.partnership(mother.bandung()).getId()),
						outsider));
		replays.put("PUT /api/v1/partnerships/{id}", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			Partner theirs = mother.partner(mother.semarang());
			notFound(json(put("/api/v1/partnerships/{id}", partnership
				.getId()), "{\"title\":\"Diubah dari Semarang\",\"parties\":[{\"partnerId\":\"" + theirs.getId()
						+ "\",\"role\":\"Peran\"}],\"pattern\":\"AS_NEEDED\",\"strategy\":\"MISSION_IMPLEMENTATION\","
						+ "\"year\":2026,\"version\":" + partnership.getVersion() + "}"),
					outsider);
			assertThat(reload(mother, partnership).getTitle()).isEqualTo(partnership.getTitle());
		});
		replays.put("POST /api/v1/partnerships/{id}/move", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			notFound(
					json(post("/api/v1/partnerships/{id}/move", partnership.getId()),
							"{\"target\":\"INFORMATION_GATHERING\",\"version\":" + partnership.getVersion() + "}"),
					outsider);
			assertThat(reload(mother, partnership).getStage()).isEqualTo(Stage.MAPPING);
		});
		replays.put("POST /api/v1/partnerships/{id}/status", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			notFound(
					json(post("/api/v1/partnerships/{id}/status", partnership.getId()),
							"{\"status\":\"STOPPED\",\"reason\":\"X\",\"version\":" + partnership.getVersion() + "}"),
					outsider);
			assertThat(reload(mother, partnership).getStatus()).isEqualTo(PartnershipStatus.ACTIVE);
		});
	}

	private Partnership reload(PartnershipMother mother, Partnership partnership) {
		return mother.as(partnership.getInstitutionId(), () -> this.partnerships.get(partnership.getId()));
	}

	@Test
	void everyRouteWithAnIdHasAReplay() {
		List<String> withId = Route.all(this.mapping).stream().filter(Route::hasId).map(Route::toString).toList();
		assertThat(withId).contains("GET /users/{id}/edit", "POST /account/tokens/{id}/revoke",
				"GET /oversight/institutions/{id}");
		assertThat(withId).as("routes with {id} and no replay in TenantIsolationTest.replays(): add one")
			.allSatisfy((route) -> assertThat(replays()).containsKey(route));
		assertThat(replays().keySet()).as("replays for routes that no longer exist")
			.allSatisfy((route) -> assertThat(withId).contains(route));
	}

	@TestFactory
	Stream<DynamicTest> anotherInstitutionsIdAnswers404AndChangesNothing() {
		Map<String, Replay> replays = replays();
		return Route.all(this.mapping)
			.stream()
			.filter(Route::hasId)
			.filter((route) -> replays.containsKey(route.toString()))
			.map((route) -> DynamicTest.dynamicTest(route.toString(), replays.get(route.toString())::run));
	}

	/** Background partner imports (issue 4): another institution's job is not found. */
	private void importJobReplays(Map<String, Replay> replays, PartnerMother partnerMother, String outsider) {
		replays.put("GET /partners/import/jobs/{id}", () -> {
			UUID job = bandungImportJob(partnerMother);
			notFound(get("/partners/import/jobs/{id}", job), outsider);
			this.mvc.perform(get("/partners/import/jobs/{id}", job).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /partners/import/jobs/{id}/progress",
				() -> notFound(get("/partners/import/jobs/{id}/progress", bandungImportJob(partnerMother)), outsider));
		replays.put("POST /partners/import/jobs/{id}/confirm", () -> {
			UUID job = bandungImportJob(partnerMother);
			notFound(post("/partners/import/jobs/{id}/confirm", job).param("onlyValid", "true"), outsider);
			assertThat(partnerMother.as(partnerMother.bandung(), () -> this.importJobs.get(job).getStatus()))
				.isNotIn(PartnerImportJob.Status.IMPORTING, PartnerImportJob.Status.DONE);
		});
		replays.put("POST /partners/import/jobs/{id}/restart",
				() -> notFound(post("/partners/import/jobs/{id}/restart", bandungImportJob(partnerMother)), outsider));
		replays.put("POST /partners/import/jobs/{id}/cancel", () -> {
			UUID job = bandungImportJob(partnerMother);
			notFound(post("/partners/import/jobs/{id}/cancel", job), outsider);
			assertThat(partnerMother.as(partnerMother.bandung(), () -> this.importJobs.get(job))).isNotNull();
		});
	}

	private UUID bandungImportJob(PartnerMother partnerMother) {
		byte[] file = "Nama,Jenis,Kategori\nKoperasi Isolasi,organisasi,COMMUNITY.PKK\n"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return partnerMother.as(partnerMother.bandung(), () -> this.importJobs.start("isolasi.csv", file));
	}

	/**
	 * Pipeline board moves and the partner recommendation (issue 5, h6): a manager of LKP
	 * Cipta Karya on LKP Terampil Mandiri's partnerships and needs.
	 */
	private void pipelineReplays(Map<String, Replay> replays) {
		PartnershipMother mother = this.partnershipMother;
		String outsider = "pengelola.semarang";
		replays.put("POST /partnerships/board/{id}/move", () -> {
			Partnership partnership = mother.partnership(mother.bandung());
			notFound(post("/partnerships/board/{id}/move", partnership.getId())
				.param("version", String.valueOf(partnership.getVersion()))
				.param("target", "INFORMATION_GATHERING"), outsider);
			assertThat(mother.as(mother.bandung(), () -> this.partnerships.get(partnership.getId()).getStage()))
				.isEqualTo(Stage.MAPPING);
		});
		replays.put("GET /needs/{id}/partners",
				() -> notFound(get("/needs/{id}/partners", mother.need(mother.bandung()).getId()), outsider));
		replays.put("POST /needs/{id}/partners", () -> {
			Need need = mother.need(mother.bandung());
			Partner own = mother.partner(mother.semarang());
			notFound(post("/needs/{id}/partners", need.getId()).param("partnerId", own.getId().toString()), outsider);
			assertThat(mother.as(mother.semarang(),
					() -> this.partnerships.list(new PartnershipFilter(null, null, null, own.getName()),
							org.springframework.data.domain.Pageable.unpaged())))
				.isEmpty();
		});
		replays.put("GET /api/v1/needs/{id}/recommendations",
				() -> notFound(get("/api/v1/needs/{id}/recommendations", mother.need(mother.bandung()).getId()),
						outsider));
	}

	private void notFound(MockHttpServletRequestBuilder request, String username) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(username))).andExpect(status().isNotFound());
	}

}
