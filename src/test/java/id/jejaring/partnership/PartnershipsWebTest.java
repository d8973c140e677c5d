package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerMother;
import id.jejaring.partner.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partnership pages: the list, the form with its messages beside the fields, the
 * party search, and a partnership's page moving forward through open gates, refused at
 * closed ones, back only with a reason, the manager's moves and status changes, and stale
 * forms.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipsWebTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Autowired
	InteractionRepository interactions;

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

	RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

	Partnership reload(Partnership partnership) {
		return this.mother.as(this.bandung, () -> this.partnerships.get(partnership.getId()));
	}

	long countTitled(String words) {
		return this.mother.as(this.bandung,
				() -> this.partnerships.list(new PartnershipFilter(null, null, null, words), PageRequest.of(0, 5))
					.getTotalElements());
	}

	/** A partnership moved to analysis, with one interaction logged. */
	Partnership atAnalysis() {
		Partnership partnership = this.mother.partnership(this.bandung);
		return this.mother.as(this.bandung, () -> {
			this.partnerships.move(partnership.getId(), partnership.getVersion(), Stage.INFORMATION_GATHERING, null);
			Partnership p = this.partnerships.get(partnership.getId());
			this.interactions.save(new Interaction(new InteractionDetails(p.partnerIds().get(0), p.getId(),
					LocalDate.of(2026, 11, 3), InteractionKind.PHONE, InteractionApproach.INFORMAL, "Perkenalan", null,
					null, null, null, null, List.of())));
			return this.partnerships.move(p.getId(), p.getVersion(), Stage.ANALYSIS, null);
		});
	}

	@Test
	void theListShowsPartnersStageStatusAndOwnerAndFilters() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		Partner partner = this.mother.as(this.bandung, () -> this.partners.get(partnership.partnerIds().get(0)));
		this.mvc.perform(get("/partnerships").param("q", partnership.getTitle()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(partnership.getTitle()), containsString(partner.getName()),
					containsString("1/11"), containsString("Pemetaan"), containsString("Aktif"))));
		this.mvc
			.perform(get("/partnerships").param("q", partnership.getTitle()).param("stage", "ANALYSIS").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"partnership-row\""))))
			.andExpect(content().string(containsString("Tidak ada kemitraan yang cocok")));
		// the demo partnerships and the nav link
		this.mvc.perform(get("/partnerships").param("q", "Sinar Garmen").with(manager()))
			.andExpect(content().string(allOf(containsString("PT Sinar Garmen Majalaya"),
					containsString("data-testid=\"nav-partnerships\""))));
	}

	@Test
	void theTimelineShowsStageMovesAndInteractionsInOrder() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		this.mother
			.as(this.bandung,
					() -> this.interactions.save(new Interaction(new InteractionDetails(partnership.partnerIds().get(0),
							partnership.getId(), java.time.LocalDate.of(2026, 11, 2), InteractionKind.VISIT,
							InteractionApproach.PERSONAL, "Perkenalan", "Bertemu manajer HRD di pabrik", null, null,
							null, null, List.of()))));
		String page = this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"timeline-interaction\"", "Bertemu manajer HRD di pabrik", "Kunjungan");
		// the move that started the partnership today comes after the interaction of 2
		// November
		assertThat(page.indexOf("Bertemu manajer HRD di pabrik"))
			.isLessThan(page.indexOf("data-testid=\"history-item\""));
	}

	@Test
	void aValidFormRecordsThePartnershipAtMapping() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		Need need = this.mother.need(this.bandung);
		String title = PartnerMother.unique("Magang garmen");
		this.mvc
			.perform(post("/partnerships").with(csrf())
				.with(staff())
				.param("title", title)
				.param("partyIds", partner.getId().toString())
				.param("partyRoles", "Penyedia tempat magang")
				.param("needIds", need.getId().toString())
				.param("aspects", "USE_OF_OUTPUTS", "JOINT_PROGRAM")
				.param("pattern", "NURTURING")
				.param("strategy", "LONG_TERM_VISION")
				.param("year", "2026")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partnerships/*"));
		Partnership saved = this.mother.as(this.bandung,
				() -> this.partnerships.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 1))
					.getContent()
					.get(0));
		Partnership full = reload(saved);
		assertThat(full.getStage()).isEqualTo(Stage.MAPPING);
		assertThat(full.getParties()).singleElement()
			.satisfies((p) -> assertThat(p.getRole()).isEqualTo("Penyedia tempat magang"));
		assertThat(full.needIds()).containsExactly(need.getId());
		assertThat(full.getYear()).isEqualTo(2026);

		this.mvc.perform(get("/partnerships/{id}", full.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(partner.getName()),
					containsString("Penyedia tempat magang"), containsString(need.getTitle()),
					containsString("Pola asuh"), containsString("data-testid=\"current-stage\""),
					containsString("Lanjut ke Penggalian informasi"), containsString("Dimulai di tahap Pemetaan"))));
	}

	@Test
	void anInvalidFormShowsMessagesBesideTheFieldsAndSavesNothing() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		String marker = PartnerMother.unique("Tanpa judul");
		this.mvc
			.perform(post("/partnerships").with(csrf())
				.with(staff())
				.param("title", "")
				.param("description", marker)
				.param("ownerId", UUID.randomUUID().toString())
				.param("year", "20x6")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Wajib diisi."), containsString("Tambahkan setidaknya satu mitra."),
						containsString("Pilih pola kemitraan."), containsString("Isi tahun dengan empat angka"),
						containsString("Pilih penanggung jawab dari staf lembaga."), containsString("is-invalid"))));
		// a partner without its role: the row comes back, marked
		this.mvc
			.perform(post("/partnerships").with(csrf())
				.with(staff())
				.param("title", marker)
				.param("partyIds", partner.getId().toString())
				.param("partyRoles", " ")
				.param("pattern", "AS_NEEDED")
				.param("strategy", "MISSION_IMPLEMENTATION")
				.param("year", "2026")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tuliskan peran setiap mitra."),
					containsString(partner.getName()), containsString("data-testid=\"party-row\""))));
		assertThat(countTitled(marker)).isZero();
	}

	@Test
	void theNewFormIsPrefilledFromANeedAndAPartnerAndThePartySearchAddsRows() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		Need need = this.mother.need(this.bandung);
		this.mvc
			.perform(get("/partnerships/new").param("partnerId", partner.getId().toString())
				.param("needId", need.getId().toString())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + partner.getId() + "\""),
					containsString(partner.getName()), containsString("value=\"" + need.getTitle() + "\""),
					containsString("Pihak yang besar membina"))));
		this.mvc.perform(get("/partnerships/party-search").param("q", partner.getName()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(partner.getName()),
					containsString("/partnerships/party-row?partnerId=" + partner.getId()))));
		this.mvc.perform(get("/partnerships/party-row").param("partnerId", partner.getId().toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"partyIds\""),
					containsString("value=\"" + partner.getId() + "\""), containsString("name=\"partyRoles\""))));
		// another institution's partner is not offered
		Partner theirs = this.mother.partner(this.mother.semarang());
		this.mvc.perform(get("/partnerships/party-row").param("partnerId", theirs.getId().toString()).with(staff()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMoveGoesThroughAnOpenGateAndARefusedOneShowsWhatIsMissing() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		this.mvc
			.perform(post("/partnerships/{id}/move", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(partnership.getVersion()))
				.param("target", "INFORMATION_GATHERING"))
			.andExpect(status().is3xxRedirection());
		Partnership moved = reload(partnership);
		assertThat(moved.getStage()).isEqualTo(Stage.INFORMATION_GATHERING);

		this.mvc
			.perform(post("/partnerships/{id}/move", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(moved.getVersion()))
				.param("target", "ANALYSIS"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("data-testid=\"move-refused\""),
					containsString("Catat setidaknya satu interaksi dengan mitra."))));
		assertThat(reload(partnership).getStage()).isEqualTo(Stage.INFORMATION_GATHERING);
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.history(partnership.getId()))).hasSize(2);
	}

	@Test
	void movingBackNeedsAReasonAndTheTimelineShowsIt() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		Partnership moved = this.mother.as(this.bandung, () -> this.partnerships.move(partnership.getId(),
				partnership.getVersion(), Stage.INFORMATION_GATHERING, null));
		this.mvc
			.perform(post("/partnerships/{id}/move", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(moved.getVersion()))
				.param("target", "MAPPING")
				.param("reason", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tuliskan alasan untuk kembali ke tahap sebelumnya.")));
		assertThat(reload(partnership).getStage()).isEqualTo(Stage.INFORMATION_GATHERING);

		this.mvc
			.perform(post("/partnerships/{id}/move", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(moved.getVersion()))
				.param("target", "MAPPING")
				.param("reason", "Mitra yang ditautkan keliru"))
			.andExpect(status().is3xxRedirection());
		assertThat(reload(partnership).getStage()).isEqualTo(Stage.MAPPING);
		this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(staff()))
			.andExpect(content().string(allOf(containsString("Alasan: Mitra yang ditautkan keliru"),
					containsString("data-backward=\"true\""), containsString("Penggalian informasi → Pemetaan"))));
	}

	@Test
	void staffCannotMakeTheManagersMoves() throws Exception {
		Partnership partnership = atAnalysis();
		this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"managers-move\""),
					containsString("keputusan pengelola"), not(containsString("data-testid=\"move-forward\"")),
					not(containsString("data-testid=\"status-stop\"")))));
		this.mvc
			.perform(post("/partnerships/{id}/move", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(partnership.getVersion()))
				.param("target", "EXPLORATION"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/partnerships/{id}/status", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(partnership.getVersion()))
				.param("status", "STOPPED")
				.param("reason", "Tidak cocok"))
			.andExpect(status().isForbidden());
		assertThat(reload(partnership).getStage()).isEqualTo(Stage.ANALYSIS);
		assertThat(reload(partnership).getStatus()).isEqualTo(PartnershipStatus.ACTIVE);

		// the manager sees the button; the gate then says what the analysis lacks
		this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(manager()))
			.andExpect(content().string(allOf(containsString("data-testid=\"move-forward\""),
					containsString("data-testid=\"status-stop\""), containsString("0 dari 1 mitra sudah diputuskan"))));
	}

	@Test
	void theManagerStopsWithAReasonAndStaffHoldAndResume() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		this.mvc
			.perform(post("/partnerships/{id}/status", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(partnership.getVersion()))
				.param("status", "ON_HOLD"))
			.andExpect(status().is3xxRedirection());
		Partnership held = reload(partnership);
		assertThat(held.getStatus()).isEqualTo(PartnershipStatus.ON_HOLD);
		this.mvc
			.perform(post("/partnerships/{id}/status", partnership.getId()).with(csrf())
				.with(manager())
				.param("version", String.valueOf(held.getVersion()))
				.param("status", "STOPPED")
				.param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tuliskan alasan menghentikan kemitraan.")));
		this.mvc
			.perform(post("/partnerships/{id}/status", partnership.getId()).with(csrf())
				.with(manager())
				.param("version", String.valueOf(held.getVersion()))
				.param("status", "STOPPED")
				.param("reason", "Mitra menutup pabriknya"))
			.andExpect(status().is3xxRedirection());
		assertThat(reload(partnership).getStatus()).isEqualTo(PartnershipStatus.STOPPED);
		this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(staff()))
			.andExpect(content().string(containsString("Mitra menutup pabriknya")));
	}

	@Test
	void aStaleFormAnswers409AndChangesNothing() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		this.mvc
			.perform(post("/partnerships/{id}/move", partnership.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(partnership.getVersion() + 5))
				.param("target", "INFORMATION_GATHERING"))
			.andExpect(status().isConflict());
		Partner partner = this.mother.as(this.bandung, () -> this.partners.get(partnership.partnerIds().get(0)));
		this.mvc
			.perform(post("/partnerships/{id}", partnership.getId()).with(csrf())
				.with(staff())
				.param("title", "Diubah")
				.param("partyIds", partner.getId().toString())
				.param("partyRoles", "Peran")
				.param("pattern", "AS_NEEDED")
				.param("strategy", "MISSION_IMPLEMENTATION")
				.param("year", "2026")
				.param("version", String.valueOf(partnership.getVersion() + 5)))
			.andExpect(status().isConflict());
		Partnership after = reload(partnership);
		assertThat(after.getStage()).isEqualTo(Stage.MAPPING);
		assertThat(after.getTitle()).isEqualTo(partnership.getTitle());
	}

	@Test
	void aVisitingOverseerReadsWithoutEditControls() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		// sessions live in the database: the visit is carried by the SESSION cookie
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(
					post("/oversight/institutions/{id}/visit", this.bandung).with(SignedIn.as(this.users, "pendamping"))
						.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/partnerships/{id}", partnership.getId()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(partnership.getTitle()),
					containsString("data-testid=\"stage-guide\""), containsString("data-testid=\"history\""),
					not(containsString("data-testid=\"edit-partnership\"")),
					not(containsString("data-testid=\"move-forward\"")),
					not(containsString("data-testid=\"move-back\"")),
					not(containsString("data-testid=\"status-actions\"")))));
		this.mvc.perform(get("/partnerships").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"new-partnership\""))));
		this.mvc
			.perform(post("/partnerships/{id}/move", partnership.getId()).cookie(session)
				.with(csrf())
				.param("version", String.valueOf(partnership.getVersion()))
				.param("target", "INFORMATION_GATHERING"))
			.andExpect(status().isForbidden());
		assertThat(reload(partnership).getStage()).isEqualTo(Stage.MAPPING);
	}

}
