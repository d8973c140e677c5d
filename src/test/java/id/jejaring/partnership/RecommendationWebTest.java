package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partner recommendation for a need, in an institution of its own in Kabupaten
 * Bandung.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecommendationWebTest {

	@Autowired
	PipelineFixtures pipelineFixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	PipelineFixture lkp;

	@BeforeEach
	void setUp() {
		this.lkp = this.pipelineFixtures.create();
	}

	@Test
	void aPartnerOfferingTheAspectInTheSameRegencyRanksAboveOneElsewhereWithReasons() throws Exception {
		Need need = this.lkp.need(NeedAspect.FACILITIES, List.of("BUSINESS"));
		Partner far = this.lkp.partner("PT Jauh Semarang", "BUSINESS.LARGE", "33.74", NeedAspect.FACILITIES);
		Partner near = this.lkp.partner("PT Dekat Majalaya", "BUSINESS.LARGE", "32.04.33", NeedAspect.FACILITIES);
		Partner province = this.lkp.partner("PT Kota Bandung", "BUSINESS.SMALL", "32.73", NeedAspect.FACILITIES);
		Partner categoryOnly = this.lkp.partner("CV Kategori Saja", "BUSINESS.SMALL", "32.04.10", null);
		this.lkp.partner("Dinas Tanpa Tawaran", "GOVERNMENT.HEALTH", "32.04.10", NeedAspect.FUNDS);
		this.lkp.partner("PT Mantan Mitra", "BUSINESS.LARGE", "32.04.33", NeedAspect.FACILITIES, PartnerStatus.FORMER);
		Partner archived = this.lkp.partner("PT Diarsipkan", "BUSINESS.LARGE", "32.04.33", NeedAspect.FACILITIES);
		this.lkp.as(() -> this.partners.archive(archived.getId()));
		// What we learnt about the far partner lifts it, but not above the near one.
		Partner other = this.lkp.partner("LSP Lain", "CERTIFICATION.LSP", "32.04.10", null);
		Partnership past = this.lkp.partnership("Kemitraan lama", far, need, NeedAspect.FACILITIES,
				PartnershipPattern.AS_NEEDED, null);
		this.lkp.status(past, PartnershipStatus.COMPLETED);
		this.lkp.analysis(past, far, 4);
		this.lkp.interaction(far, null, LocalDate.now(Partnerships.WIB).minusDays(20), null, false);

		String html = this.mvc
			.perform(get("/needs/{id}/partners", need.getId()).with(SignedIn.as(this.userDetails, this.lkp.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("PT Dekat Majalaya", "PT Jauh Semarang", "PT Kota Bandung", "CV Kategori Saja",
					"Menawarkan aspek yang dibutuhkan", "Satu kabupaten/kota dengan lembaga",
					"Rata-rata skor analisis 4,0 dari 5", "1 kali berinteraksi, terakhir 20 hari yang lalu",
					"Mulai kemitraan")
			.doesNotContain("Dinas Tanpa Tawaran", "PT Mantan Mitra", "PT Diarsipkan", other.getName());
		// Near 40+30+20 = 90; far 40+30+0, analysis +5, contact +12 = 87; same province
		// 40+30+10 = 80; category and regency without the offer 30+20 = 50.
		assertThat(html.indexOf("PT Dekat Majalaya")).isLessThan(html.indexOf("PT Jauh Semarang"));
		assertThat(html.indexOf("PT Jauh Semarang")).isLessThan(html.indexOf("PT Kota Bandung"));
		assertThat(html.indexOf("PT Kota Bandung")).isLessThan(html.indexOf("CV Kategori Saja"));

		String json = this.mvc
			.perform(get("/api/v1/needs/{id}/recommendations", need.getId())
				.with(SignedIn.as(this.userDetails, this.lkp.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.considered")).isEqualTo(4);
		assertThat((String) JsonPath.read(json, "$.partners[0].partnerId")).isEqualTo(near.getId().toString());
		assertThat((Integer) JsonPath.read(json, "$.partners[0].score")).isEqualTo(90);
		List<String> codes = JsonPath.read(json, "$.partners[0].reasons[*].code");
		assertThat(codes).contains("recommendation.reason.offersAspect", "recommendation.reason.sameRegency");
		assertThat(province.getId()).isNotNull();
		assertThat(categoryOnly.getId()).isNotNull();
	}

	@Test
	void oneClickStartsAPartnershipAtMappingWithTheNeedAndThePartner() throws Exception {
		Need need = this.lkp.need(NeedAspect.STAFF, List.of("EDUCATION"));
		Partner school = this.lkp.partner("SMK Negeri 2 Majalaya", "EDUCATION.SCHOOL", "32.04.33", NeedAspect.STAFF);
		String location = this.mvc
			.perform(post("/needs/{id}/partners", need.getId()).with(csrf())
				.with(SignedIn.as(this.userDetails, this.lkp.staff))
				.param("partnerId", school.getId().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/partnerships/");
		UUID id = UUID.fromString(location.substring("/partnerships/".length()));
		Partnership started = this.lkp.as(() -> this.partnerships.get(id));
		assertThat(started.getStage()).isEqualTo(Stage.MAPPING);
		assertThat(started.needIds()).containsExactly(need.getId());
		assertThat(started.partnerIds()).containsExactly(school.getId());
		assertThat(started.aspectSet()).containsExactly(NeedAspect.STAFF);
		assertThat(started.getOwnerId()).isEqualTo(this.lkp.staffId);

		String detail = this.mvc
			.perform(get("/needs/{id}", need.getId()).with(SignedIn.as(this.userDetails, this.lkp.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("/needs/" + need.getId() + "/partners", "Cari calon mitra");
	}

}
