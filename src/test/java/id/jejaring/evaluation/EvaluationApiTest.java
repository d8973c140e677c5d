package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.PartnerEvaluationScores;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.WorkPlans;
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
 * The monitoring and evaluation API: records with follow-ups, the cadence, answers of the
 * institution and of a partner (on its behalf) until the evaluation is joint and the gate
 * opens, ratings outside 1–5 refused field by field, stale versions refused, read-only
 * roles refused; and the partner's evaluation score for the recommendation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationApiTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

	@Autowired
	WorkPlans plans;

	@Autowired
	Monitoring monitoring;

	@Autowired
	PartnerEvaluationScores scores;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void monitoringRecordsAndFollowUps() throws Exception {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.IMPLEMENTATION);
		String base = "/api/v1/partnerships/" + partnership.getId() + "/monitoring";
		this.mvc.perform(get(base).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadence").value("QUARTERLY"))
			.andExpect(jsonPath("$.dueSince").isNotEmpty());
		this.mvc.perform(json(put(base + "/cadence"), "{\"cadence\":\"MONTHLY\"}").with(staff()))
			.andExpect(status().isNoContent());
		LocalDate month = Cadence.MONTHLY.periodStart(this.monitoring.today());
		this.mvc.perform(json(post(base), "{\"periodStart\":\"" + month + "\",\"progress\":\"\"}").with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.progress").exists());
		this.mvc
			.perform(json(post(base), "{\"periodStart\":\"" + month.plusDays(3) + "\",\"progress\":\"Berjalan\"}")
				.with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.periodStart").exists());
		String created = this.mvc
			.perform(json(post(base),
					"{\"periodStart\":\"" + month + "\",\"progress\":\"Praktik berjalan\",\"followUps\":[{\"action\":"
							+ "\"Perbaiki mesin\",\"owner\":\"Kepala bengkel\",\"dueOn\":\"2026-12-15\"}]}")
				.with(staff()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cadence").value("MONTHLY"))
			.andExpect(jsonPath("$.followUps[0].done").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		String followUp = com.jayway.jsonpath.JsonPath.read(created, "$.followUps[0].id");
		this.mvc
			.perform(json(put(base + "/" + id),
					"{\"version\":99,\"periodStart\":\"" + month + "\",\"progress\":\"Diubah\"}")
				.with(staff()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(json(put(base + "/" + id),
					"{\"version\":0,\"periodStart\":\"" + month + "\",\"progress\":\"Diubah\",\"followUps\":[{\"id\":\""
							+ followUp + "\",\"action\":\"Perbaiki mesin\",\"owner\":\"Kepala bengkel\","
							+ "\"dueOn\":\"2026-12-15\",\"done\":true}]}")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.progress").value("Diubah"))
			.andExpect(jsonPath("$.followUps[0].done").value(true));
		this.mvc.perform(json(put(base + "/follow-ups/" + followUp), "{\"done\":false}").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(false));
		this.mvc.perform(get(base).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records.length()").value(1));
		this.mvc.perform(json(post(base), "{}").with(SignedIn.as(this.users, "pendamping")))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersOfTheInstitutionAndAPartnerMakeTheEvaluationJoint() throws Exception {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.MONITORING_EVALUATION);
		UUID partner = partnership.partnerIds().get(0);
		UUID activity = this.mother.as(bandung,
				() -> this.plans
					.addActivity(partnership.getId(),
							new ActivityDetails("Magang di garmen", NeedAspect.JOINT_PROGRAM, null,
									LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), "Bandung", 1_000_000, null))
					.getId());
		String base = "/api/v1/partnerships/" + partnership.getId() + "/evaluation";
		this.mvc.perform(json(put(base + "/institution"), body(activity, 7)).with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['ratings[0].rating']").exists());
		this.mvc.perform(json(put(base + "/institution"), body(activity, 4)).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partnerId").doesNotExist())
			.andExpect(jsonPath("$.average").value(4.0));
		this.mvc.perform(get(base).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.joint").value(false));
		this.mvc.perform(json(put(base + "/partners/" + partner), body(activity, 5)).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.onBehalf").value(true));
		this.mvc.perform(json(put(base + "/partners/" + UUID.randomUUID()), body(activity, 5)).with(staff()))
			.andExpect(status().isNotFound());
		// new answers are at version 0; a save moves the version, so the same request
		// again is stale
		this.mvc.perform(json(put(base + "/institution"), body(activity, 4)).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(json(put(base + "/institution"), body(activity, 4)).with(staff()))
			.andExpect(status().isConflict());
		this.mvc.perform(get(base).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.joint").value(true))
			.andExpect(jsonPath("$.average").value(4.5))
			.andExpect(jsonPath("$.principles[0].average").value(4.5))
			.andExpect(jsonPath("$.parties[0].judgments[0].label").value("Magang di garmen"));
		assertThat(this.mother.as(bandung, () -> this.partnerships.gateStatus(partnership.getId()).open())).isTrue();
		assertThat(this.mother.as(bandung, () -> this.scores.averageByPartner())).containsEntry(partner, 4.5);
		this.mvc
			.perform(
					json(put(base + "/institution"), body(activity, 4)).with(SignedIn.as(this.users, "pengawas.jabar")))
			.andExpect(status().isForbidden());
	}

	static String body(UUID activity, int rating) {
		StringBuilder ratings = new StringBuilder();
		for (Principle p : Principle.values()) {
			ratings.append((ratings.length() > 0) ? "," : "")
				.append("{\"principle\":\"")
				.append(p.name())
				.append("\",\"rating\":")
				.append(rating)
				.append(",\"note\":\"\"}");
		}
		return "{\"version\":0,\"hindrances\":\"Jadwal bentrok\",\"benefits\":\"Lulusan bekerja\",\"ratings\":["
				+ ratings + "],\"judgments\":[{\"kind\":\"ACTIVITY\",\"itemId\":\"" + activity
				+ "\",\"asPlanned\":true}]}";
	}

}
