package id.jejaring.partnership;

import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerMother;
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
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partnerships in the JSON API: create and change with validation after the role check,
 * moves through the same gates (422 with what is missing, in the caller's language), the
 * manager's moves, stale versions, the history and the gate.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipsApiTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	PartnershipMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = this.partnershipMother;
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor as(String username) {
		return SignedIn.as(this.users, username);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
	}

	static String body(String title, Partner partner, Need need, Long version) {
		return "{\"title\":\"" + title + "\",\"parties\":[{\"partnerId\":\"" + partner.getId()
				+ "\",\"role\":\"Penyedia tempat magang\"}],\"needIds\":[\"" + need.getId()
				+ "\"],\"aspects\":[\"USE_OF_OUTPUTS\"],\"pattern\":\"NURTURING\",\"strategy\":\"LONG_TERM_VISION\","
				+ "\"year\":2026" + ((version != null) ? ",\"version\":" + version : "") + "}";
	}

	@Test
	void createsReadsListsAndUpdatesAPartnership() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		Need need = this.mother.need(this.bandung);
		String title = PartnerMother.unique("API magang");
		String created = this.mvc
			.perform(json(post("/api/v1/partnerships"), body(title, partner, need, null)).with(as("staf.bandung")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("MAPPING"))
			.andExpect(jsonPath("$.stageNumber").value(1))
			.andExpect(jsonPath("$.parties[0].name").value(partner.getName()))
			.andExpect(jsonPath("$.parties[0].role").value("Penyedia tempat magang"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]+)\".*", "$1");
		this.mvc.perform(get("/api/v1/partnerships").param("q", title).with(as("pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].parties[0].name").value(partner.getName()));
		this.mvc
			.perform(json(put("/api/v1/partnerships/{id}", id), body(title + " (ubah)", partner, need, 0L))
				.with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(title + " (ubah)"));
		this.mvc
			.perform(json(put("/api/v1/partnerships/{id}", id), body("Basi", partner, need, 0L))
				.with(as("staf.bandung")))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/partnerships/{id}/history", id).with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].to").value("MAPPING"))
			.andExpect(jsonPath("$[0].changedBy").value("staf.bandung"));
	}

	@Test
	void theRoleIsCheckedBeforeTheBodyAndBodiesAreValidated() throws Exception {
		this.mvc.perform(json(post("/api/v1/partnerships"), "{}").with(as("pengawas.jabar")))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/partnerships"), "{\"title\":\"\",\"parties\":[]}").with(as("staf.bandung")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists())
			.andExpect(jsonPath("$.errors.parties").value("Tambahkan setidaknya satu mitra."))
			.andExpect(jsonPath("$.errors.pattern").value("Pilih pola kemitraan."));
	}

	@Test
	void movesGoThroughTheGatesAndARefusalListsWhatIsMissing() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/move", partnership.getId()),
					"{\"target\":\"INFORMATION_GATHERING\",\"version\":" + partnership.getVersion() + "}")
				.with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("INFORMATION_GATHERING"));
		long version = this.mother.as(this.bandung, () -> this.partnerships.get(partnership.getId()).getVersion());
		this.mvc.perform(get("/api/v1/partnerships/{id}/gate", partnership.getId()).with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.missing[0].code").value("partnership.gate.interaction"))
			.andExpect(jsonPath("$.conditions.length()").value(4));
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/move", partnership.getId()),
					"{\"target\":\"ANALYSIS\",\"version\":" + version + "}")
				.with(as("staf.bandung")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.missing[*].message").value(hasItem("Catat setidaknya satu interaksi dengan mitra.")));
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/move", partnership.getId()),
					"{\"target\":\"ANALYSIS\",\"version\":" + version + "}")
				.header("Accept-Language", "en")
				.with(as("staf.bandung")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing[0].code").value("partnership.gate.interaction"));
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/move", partnership.getId()),
					"{\"target\":\"MAPPING\",\"version\":" + version + "}")
				.with(as("staf.bandung")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing[0].code").value("partnership.move.reasonRequired"));
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/move", partnership.getId()),
					"{\"target\":\"MAPPING\",\"version\":" + (version + 3) + ",\"reason\":\"Salah mitra\"}")
				.with(as("staf.bandung")))
			.andExpect(status().isConflict());
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.get(partnership.getId()).getStage()))
			.isEqualTo(Stage.INFORMATION_GATHERING);
	}

	@Test
	void stoppingIsTheManagersDecisionWithAReason() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		String stop = "{\"status\":\"STOPPED\",\"reason\":\"Mitra tutup\",\"version\":" + partnership.getVersion()
				+ "}";
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/status", partnership.getId()), stop).with(as("staf.bandung")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/status", partnership.getId()),
					"{\"status\":\"STOPPED\",\"version\":" + partnership.getVersion() + "}")
				.with(as("pengelola.bandung")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing[0].message").value("Tuliskan alasan menghentikan kemitraan."));
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/status", partnership.getId()), stop)
				.with(as("pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("STOPPED"))
			.andExpect(jsonPath("$.statusReason").value("Mitra tutup"));
	}

	@Test
	void theOpenApiDocumentDescribesThePartnershipEndpoints() throws Exception {
		String docs = this.mvc.perform(get("/v3/api-docs").with(as("pengelola.bandung")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(docs).contains("/api/v1/partnerships/{id}/move", "/api/v1/partnerships/{id}/gate",
				"/api/v1/partnerships/{id}/history", "Partnerships");
	}

}
