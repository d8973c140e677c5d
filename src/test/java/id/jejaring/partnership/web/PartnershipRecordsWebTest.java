package id.jejaring.partnership.web;

import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.needs.Needs;
import id.jejaring.partnership.AnalysisDecision;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipRecords;
import id.jejaring.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analysis and exploration forms and fragments, and the API for interactions,
 * analyses and explorations.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipRecordsWebTest {

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

	@Autowired
	PartnershipRecords records;

	PartnershipMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = this.partnershipMother;
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	@Test
	void theAnalysisFormShowsTheNeedsAndTellsWhatIsWrongBesideTheFields() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		String needTitle = this.mother.as(this.bandung,
				() -> this.records.needs(partnership.getId()).get(0).getTitle());
		this.mvc.perform(get("/partnerships/{id}/analyses/{p}", partnership.getId(), partnerId).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(needTitle), containsString("Komitmen"))));
		this.mvc
			.perform(post("/partnerships/{id}/analyses/{p}", partnership.getId(), partnerId).with(csrf())
				.with(staff())
				.param("commitmentScore", "7")
				.param("decision", "PROCEED")
				.param("version", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Skor dari 1 sampai 5"), containsString("Tuliskan alasan keputusan"))));
		assertThat(this.mother.as(this.bandung, () -> this.records.analysis(partnership.getId(), partnerId))).isEmpty();
		this.mvc
			.perform(post("/partnerships/{id}/analyses/{p}", partnership.getId(), partnerId).with(csrf())
				.with(staff())
				.param("commitmentScore", "5")
				.param("sharedVision", "true")
				.param("decision", "PROCEED")
				.param("decisionReason", "Komitmen kuat")
				.param("version", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/partnerships/" + partnership.getId()));
		this.mvc.perform(get("/partnerships/{id}/analyses", partnership.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lanjut"), containsString("5,0"))));
		// a partner that is not a party
		UUID outsider = this.mother.partner(this.bandung).getId();
		this.mvc.perform(get("/partnerships/{id}/analyses/{p}", partnership.getId(), outsider).with(staff()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theExplorationFormRefusesAFutureDateAndSavesAValidOne() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		String today = this.records.today().toString();
		this.mvc.perform(get("/partnerships/{id}/explorations/new", partnership.getId()).with(staff()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/partnerships/{id}/explorations", partnership.getId()).with(csrf())
				.with(staff())
				.param("heldOn", this.records.today().plusDays(1).toString())
				.param("format", "AUDIENCE")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal penjajagan tidak boleh di masa depan")));
		assertThat(this.mother.as(this.bandung, () -> this.records.explorations(partnership.getId()))).isEmpty();
		this.mvc
			.perform(post("/partnerships/{id}/explorations", partnership.getId()).with(csrf())
				.with(staff())
				.param("heldOn", today)
				.param("format", "PRESENTATION")
				.param("offered", "Program magang menjahit")
				.param("outcome", "AGREED_TO_PLAN")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/partnerships/{id}/explorations", partnership.getId()).with(staff()))
			.andExpect(content().string(allOf(containsString("Program magang menjahit"),
					containsString("Mitra setuju menyusun rencana kerja bersama"))));
	}

	@Test
	void theApiRecordsAnalysesExplorationsAndInteractions() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		this.mvc
			.perform(put("/api/v1/partnerships/{id}/analyses/{p}", partnership.getId(), partnerId).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"commitmentScore\":\"4\",\"decision\":\"HOLD\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("decisionReason")));
		this.mvc
			.perform(put("/api/v1/partnerships/{id}/analyses/{p}", partnership.getId(), partnerId).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"commitmentScore\":\"4\",\"decision\":\"HOLD\",\"decisionReason\":\"Anggaran\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.decision").value(AnalysisDecision.HOLD.name()))
			.andExpect(jsonPath("$.version").value(0));
		this.mvc.perform(get("/api/v1/partnerships/{id}/analyses", partnership.getId()).with(staff()))
			.andExpect(jsonPath("$[0].partnerId").value(partnerId.toString()))
			.andExpect(jsonPath("$[0].averageScore").value(4.0));
		this.mvc
			.perform(post("/api/v1/partnerships/{id}/explorations", partnership.getId()).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"heldOn\":\"" + this.records.today() + "\",\"format\":\"AUDIENCE\",\"version\":0}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("AUDIENCE"));
		this.mvc.perform(get("/api/v1/partnerships/{id}/explorations", partnership.getId()).with(staff()))
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc
			.perform(post("/api/v1/interactions").with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"partnerId\":\"" + partnerId + "\",\"partnershipId\":\"" + partnership.getId()
						+ "\",\"occurredOn\":\"" + this.records.today()
						+ "\",\"kind\":\"PHONE\",\"approach\":\"INFORMAL\",\"purpose\":\"Konfirmasi jadwal\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.partnershipId").value(partnership.getId().toString()));
		this.mvc
			.perform(get("/api/v1/interactions").param("partnershipId", partnership.getId().toString()).with(staff()))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].purpose").value("Konfirmasi jadwal"));
		this.mvc
			.perform(post("/api/v1/interactions").with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"partnerId\":\"" + partnerId + "\",\"occurredOn\":\"2999-01-01\",\"kind\":\"PHONE\","
						+ "\"approach\":\"INFORMAL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("occurredOn")));
	}

	@Test
	void anOverseerIsRefusedBeforeTheBodyIsChecked() throws Exception {
		this.mvc
			.perform(post("/api/v1/interactions").with(csrf())
				.with(SignedIn.as(this.users, "pengawas.jabar"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void recordedAnalysesAndExplorationsOpenInTheirFormsForChange() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		id.jejaring.partnership.Analysis analysis = this.mother.as(this.bandung,
				() -> this.records.saveAnalysis(partnership.getId(), partnerId, null,
						new id.jejaring.partnership.AnalysisDetails("Cocok untuk magang", null, null, null, null, true,
								null, null, null, "Jadwal padat", AnalysisDecision.HOLD, "Menunggu anggaran")));
		this.mvc.perform(get("/partnerships/{id}/analyses/{p}", partnership.getId(), partnerId).with(staff()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Cocok untuk magang"), containsString("Menunggu anggaran"))));
		id.jejaring.partnership.Exploration held = this.mother.as(this.bandung,
				() -> this.records.recordExploration(partnership.getId(),
						new id.jejaring.partnership.ExplorationDetails(this.records.today(),
								id.jejaring.partnership.ExplorationFormat.SOCIALISATION, "Kepala desa", null, null,
								null, null)));
		this.mvc
			.perform(get("/partnerships/{id}/explorations/{e}/edit", partnership.getId(), held.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kepala desa")));
		this.mvc
			.perform(post("/partnerships/{id}/explorations/{e}", partnership.getId(), held.getId()).with(csrf())
				.with(staff())
				.param("heldOn", this.records.today().toString())
				.param("format", "SOCIALISATION")
				.param("outcome", "NEEDS_TIME")
				.param("version", String.valueOf(held.getVersion())))
			.andExpect(status().is3xxRedirection());
		// a stale analysis form is told, not saved over
		this.mvc
			.perform(post("/partnerships/{id}/analyses/{p}", partnership.getId(), partnerId).with(csrf())
				.with(staff())
				.param("decision", "DROP")
				.param("decisionReason", "Dari layar lama")
				.param("version", String.valueOf(analysis.getVersion() - 1)))
			.andExpect(status().isConflict());
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/api/v1/interactions/{id}/attachments"),
					containsString("/api/v1/partnerships/{id}/analyses/{otherId}"),
					containsString("/api/v1/partnerships/{id}/explorations"), containsString("Partnership records"))));
	}

}
