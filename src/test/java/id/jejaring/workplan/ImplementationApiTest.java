package id.jejaring.workplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The implementation API: progress with the effective status, a status report (a cancel
 * needs a reason), evidence uploaded, listed, downloaded and verified by the manager
 * only, monthly actuals summed into the indicator's actual.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImplementationApiTest {

	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Autowired
	PlanImplementation implementation;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

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
	void anActivityIsReportedEvidencedAndVerifiedAndActualsAddUp() throws Exception {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		UUID id = partnership.getId();
		LocalDate today = this.implementation.today();
		PlanActivity activity = this.mother.as(bandung,
				() -> this.plans.addActivity(id, new ActivityDetails("Uji kompetensi tata rias", NeedAspect.STAFF, null,
						today.minusDays(10), today.plusDays(10), null, 0, null)));
		PlanIndicator indicator = this.mother.as(bandung, () -> this.plans.addIndicator(id,
				new IndicatorDetails(IndicatorMeasure.FUNDS_RECEIVED, null, null, 0, 10_000_000, null)));
		String base = "/api/v1/partnerships/" + id;

		this.mvc.perform(get(base + "/implementation").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activities[0].status").value("LATE"))
			.andExpect(jsonPath("$.indicators[0].rupiah").value(true));

		this.mvc
			.perform(json(put(base + "/activities/" + activity.getId() + "/status"),
					"{\"version\":0,\"status\":\"CANCELLED\",\"progress\":10}")
				.with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.cancelReason").value("Tuliskan alasan pembatalan."));
		this.mvc
			.perform(json(put(base + "/activities/" + activity.getId() + "/status"),
					"{\"version\":0,\"status\":\"RUNNING\",\"progress\":60,\"actualStart\":\"" + today.minusDays(9)
							+ "\"}")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RUNNING"))
			.andExpect(jsonPath("$.progress").value(60));
		this.mvc
			.perform(json(put(base + "/activities/" + activity.getId() + "/status"),
					"{\"version\":0,\"status\":\"DONE\"}")
				.with(staff()))
			.andExpect(status().isConflict());

		this.mvc
			.perform(multipart(base + "/activities/" + activity.getId() + "/evidence")
				.file(new MockMultipartFile("file", "x.png", "image/png", "GIF89a".getBytes()))
				.with(csrf())
				.with(staff()))
			.andExpect(status().isBadRequest());
		String created = this.mvc
			.perform(multipart(base + "/activities/" + activity.getId() + "/evidence")
				.file(new MockMultipartFile("file", "berita-acara.pdf", "application/pdf", PDF))
				.param("caption", "Berita acara uji kompetensi")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String evidenceId = JsonPath.read(created, "$.id");
		this.mvc.perform(get(base + "/evidence").with(staff()))
			.andExpect(jsonPath("$[0].caption").value("Berita acara uji kompetensi"));
		this.mvc.perform(get(base + "/evidence/" + evidenceId).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		this.mvc.perform(json(post(base + "/evidence/" + evidenceId + "/verify"), "{\"version\":0}").with(staff()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post(base + "/evidence/" + evidenceId + "/return"), "{\"version\":0,\"reason\":\"\"}")
				.with(manager()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(json(post(base + "/evidence/" + evidenceId + "/verify"), "{\"version\":0}").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.reviewedBy").value("pengelola.bandung"));

		YearMonth month = YearMonth.from(today);
		this.mvc
			.perform(json(put(base + "/indicators/" + indicator.getId() + "/actuals"),
					"{\"period\":\"" + month.minusMonths(1) + "\",\"value\":2500000}")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(month.minusMonths(1).toString()));
		this.mvc
			.perform(json(put(base + "/indicators/" + indicator.getId() + "/actuals"),
					"{\"period\":\"" + month + "\",\"value\":1500000,\"note\":\"Termin kedua\"}")
				.with(staff()))
			.andExpect(status().isOk());
		this.mvc
			.perform(json(put(base + "/indicators/" + indicator.getId() + "/actuals"),
					"{\"period\":\"bulan\",\"value\":1}")
				.with(staff()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.period").exists());
		this.mvc.perform(get(base + "/implementation").with(staff()))
			.andExpect(jsonPath("$.activities[0].evidenceCount").value(1))
			.andExpect(jsonPath("$.activities[0].verifiedEvidenceCount").value(1))
			.andExpect(jsonPath("$.indicators[0].actual").value(4_000_000));
		this.mvc.perform(get(base + "/actuals").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
	}

	RequestPostProcessor signedInAs(String username) {
		return SignedIn.as(this.users, username);
	}

}
