package id.jejaring.followup;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.Agreements;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.workplan.WorkPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Follow-up in the JSON API: actions, the manager's decision, starting the next cycle and
 * renewing onto it; refused steps are 422 problems, stale versions 409, other roles 403
 * and other institutions 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpApiTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Autowired
	FollowUps followUps;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Agreements agreements;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	FollowUpFixtures fixtures;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.fixtures = new FollowUpFixtures(this.mother, this.plans, this.followUps, this.users, this.partnerships);
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void actionsAndTheDecisionThroughTheApi() throws Exception {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		String base = "/api/v1/partnerships/" + partnership.getId() + "/follow-up";
		String owner = this.fixtures.user("staf.bandung").toString();
		this.mvc.perform(json(post(base + "/actions"), "{\"description\":\"\"}").with(staff()))
			.andExpect(status().isBadRequest());
		String created = this.mvc
			.perform(json(post(base + "/actions"),
					"{\"description\":\"Desain tas baru\",\"ownerId\":\"" + owner + "\",\"dueOn\":\"2026-12-15\"}")
				.with(staff()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.cycle").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String actionId = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		this.mvc
			.perform(json(put(base + "/actions/" + actionId),
					"{\"version\":0,\"description\":\"Desain tas baru\"," + "\"ownerId\":\"" + owner
							+ "\",\"dueOn\":\"2026-12-15\",\"status\":\"DONE\"}")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		// stale
		this.mvc
			.perform(json(put(base + "/actions/" + actionId),
					"{\"version\":0,\"description\":\"Basi\"," + "\"ownerId\":\"" + owner
							+ "\",\"dueOn\":\"2026-12-15\"}")
				.with(staff()))
			.andExpect(status().isConflict());
		// the decision is the manager's, and a stop needs its reason
		this.mvc.perform(json(put(base + "/decision"), "{\"outcome\":\"CONTINUE\"}").with(staff()))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(put(base + "/decision"), "{\"outcome\":\"STOP\"}").with(manager()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json(put(base + "/decision"), "{\"outcome\":\"CONTINUE_WITH_CHANGES\",\"reason\":\"Desain baru\"}")
				.with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("CONTINUE_WITH_CHANGES"));
		this.mvc.perform(get(base).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actions[0].description").value("Desain tas baru"))
			.andExpect(jsonPath("$.decision.reason").value("Desain baru"));
		// not at follow-up yet: starting the next cycle is refused with what is missing
		long version = this.fixtures.reload(partnership.getId()).getVersion();
		this.mvc.perform(json(post(base + "/next-cycle"), "{\"version\":" + version + ",\"year\":2027}").with(staff()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.missing[0].code").value("followup.refused.notFollowUp"));
		// stopping through the API closes the partnership
		this.mvc
			.perform(json(put(base + "/decision"), "{\"version\":7,\"outcome\":\"STOP\",\"reason\":\"Berhenti\"}")
				.with(manager()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(json(put(base + "/decision"), "{\"version\":0,\"outcome\":\"STOP\",\"reason\":\"Berhenti\"}")
				.with(manager()))
			.andExpect(status().isOk());
		assertThat(this.fixtures.reload(partnership.getId()).getStatus()).isEqualTo(PartnershipStatus.STOPPED);
	}

	@Test
	void theNextCycleAndTheRenewalThroughTheApi() throws Exception {
		FollowUpFixtures.Plan plan = this.fixtures.withPlan(Stage.FOLLOW_UP);
		UUID id = plan.partnership().getId();
		Agreement mou = new AgreementMother(this.mother, this.agreements).signed(this.bandung, plan.partnership(),
				LocalDate.of(2026, 1, 1));
		this.fixtures.decide(id, DecisionOutcome.CONTINUE, null);
		String base = "/api/v1/partnerships/" + id + "/follow-up";
		long version = this.fixtures.reload(id).getVersion();
		String body = "{\"version\":" + version + ",\"year\":2027,\"objectiveIds\":[\"" + plan.objective1()
				+ "\"],\"indicators\":[{\"id\":\"" + plan.indicator1() + "\",\"target\":50}],\"activityIds\":[\""
				+ plan.activity1() + "\"]}";
		String started = this.mvc.perform(json(post(base + "/next-cycle"), body).with(staff()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cycle").value(2))
			.andExpect(jsonPath("$.stage").value("JOINT_WORK_PLAN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String nextId = com.jayway.jsonpath.JsonPath.read(started, "$.id");
		this.mvc.perform(json(post(base + "/next-cycle"), body).with(staff()))
			.andExpect(status().isUnprocessableEntity());
		this.mvc.perform(get("/api/v1/partnerships/" + nextId + "/work-plan").with(staff()))
			.andExpect(jsonPath("$.indicators[0].target").value(50))
			.andExpect(jsonPath("$.indicators[0].baseline").value(40));
		this.mvc
			.perform(json(post("/api/v1/partnerships/" + nextId + "/follow-up/renewals"),
					"{\"agreementId\":\"" + mou.getId() + "\",\"version\":" + mou.getVersion()
							+ ",\"renewal\":\"REPLACEMENT\",\"effectiveFrom\":\"2027-01-01\","
							+ "\"effectiveUntil\":\"2027-12-31\"}")
				.with(staff()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.partnershipId").value(nextId))
			.andExpect(jsonPath("$.previousId").value(mou.getId().toString()));
		// onto the agreement's own partnership (not a next cycle): not found
		this.mvc
			.perform(json(post(base + "/renewals"),
					"{\"agreementId\":\"" + mou.getId() + "\",\"version\":" + mou.getVersion()
							+ ",\"renewal\":\"EXTENSION\",\"effectiveFrom\":\"2027-01-01\","
							+ "\"effectiveUntil\":\"2027-12-31\"}")
				.with(staff()))
			.andExpect(status().isNotFound());
	}

	@Test
	void readOnlyRolesAndOtherInstitutionsAreRefused() throws Exception {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		String base = "/api/v1/partnerships/" + partnership.getId() + "/follow-up";
		this.mvc
			.perform(json(post(base + "/actions"), "{\"description\":\"X\"}")
				.with(SignedIn.as(this.users, "pengawas.jabar")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(base).with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isNotFound());
	}

}
