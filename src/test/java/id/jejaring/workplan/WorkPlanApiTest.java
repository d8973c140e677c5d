package id.jejaring.workplan;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work plan API: drafting a plan item by item until the work-plan gate opens, the
 * checks answered field by field, stale versions refused, removal, and read-only roles
 * refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanApiTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

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
	void aPlanDraftedThroughTheApiOpensTheGate() throws Exception {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.JOINT_WORK_PLAN);
		UUID partner = partnership.partnerIds().get(0);
		String base = "/api/v1/partnerships/" + partnership.getId() + "/work-plan";

		this.mvc.perform(get(base).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.started").value(false))
			.andExpect(jsonPath("$.cycle").value(1));

		String objective = this.mvc
			.perform(json(post(base + "/objectives"),
					"{\"text\":\"Lulusan terserap di industri\",\"proposedBy\":\"" + partner + "\"}")
				.with(staff()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposedBy").value(partner.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String objectiveId = JsonPath.read(objective, "$.id");
		this.mvc
			.perform(json(put(base + "/objectives/" + objectiveId), "{\"version\":0,\"text\":\"Lulusan bekerja\"}")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value("Lulusan bekerja"));
		this.mvc
			.perform(json(put(base + "/objectives/" + objectiveId), "{\"version\":0,\"text\":\"Basi\"}").with(staff()))
			.andExpect(status().isConflict());

		this.mvc.perform(json(post(base + "/indicators"), "{\"baseline\":0,\"target\":10}").with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Indikator sendiri perlu nama."));
		this.mvc
			.perform(json(post(base + "/indicators"), "{\"measure\":\"GRADUATES_PLACED\",\"baseline\":5,\"target\":25}")
				.with(staff()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.measure").value("GRADUATES_PLACED"));

		this.mvc
			.perform(json(post(base + "/activities"),
					"{\"description\":\"Magang\",\"aspect\":\"JOINT_PROGRAM\",\"startsOn\":\"2027-03-10\","
							+ "\"endsOn\":\"2027-03-01\",\"budget\":1000000}")
				.with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.endsOn").value("Tanggal selesai tidak boleh sebelum tanggal mulai."));
		this.mvc
			.perform(json(post(base + "/activities"),
					"{\"description\":\"Magang\",\"aspect\":\"JOINT_PROGRAM\",\"startsOn\":\"2027-02-31\","
							+ "\"endsOn\":\"2027-03-01\",\"budget\":1000000}")
				.with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.startsOn").value("Isi tanggal yang benar."));
		String activity = this.mvc
			.perform(json(post(base + "/activities"),
					"{\"description\":\"Magang di bengkel mitra\",\"aspect\":\"JOINT_PROGRAM\",\"responsible\":\""
							+ partner + "\",\"startsOn\":\"2027-03-01\",\"endsOn\":\"2027-05-31\",\"budget\":8000000}")
				.with(staff()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String activityId = JsonPath.read(activity, "$.id");
		this.mvc
			.perform(json(post(base + "/activities/" + activityId + "/contributions"),
					"{\"party\":\"" + partner + "\",\"kind\":\"EQUIPMENT\",\"description\":\"Mesin bubut\","
							+ "\"value\":25000000}")
				.with(staff()))
			.andExpect(status().isCreated());
		this.mvc
			.perform(json(post(base + "/activities/" + activityId + "/contributions"),
					"{\"party\":\"" + UUID.randomUUID() + "\",\"kind\":\"CASH\",\"description\":\"Dana\","
							+ "\"value\":1000}")
				.with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.party").value("Pilih lembaga atau salah satu mitra kemitraan ini."));

		this.mvc.perform(get(base).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.started").value(true))
			.andExpect(jsonPath("$.activities[0].totalContributed").value(25000000))
			.andExpect(jsonPath("$.totalsPerParty[0].party").value(partner.toString()))
			.andExpect(jsonPath("$.totalsPerParty[0].inKind").value(25000000))
			.andExpect(jsonPath("$.totalBudget").value(8000000));
		assertThat(this.mother.as(bandung, () -> this.partnerships.gateStatus(partnership.getId()))
			.facts()
			.workPlanReady()).isTrue();

		this.mvc.perform(delete(base + "/objectives/" + objectiveId).with(csrf()).with(staff()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(base).with(staff())).andExpect(jsonPath("$.objectives").isEmpty());
	}

	@Test
	void readOnlyRolesAndOtherInstitutionsAreRefused() throws Exception {
		Partnership partnership = this.mother.partnership(this.mother.bandung());
		String base = "/api/v1/partnerships/" + partnership.getId() + "/work-plan";
		this.mvc
			.perform(json(post(base + "/objectives"), "{\"text\":\"Sasaran\"}")
				.with(SignedIn.as(this.users, "pengawas.jabar")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(base).with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isNotFound());
	}

}
