package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.IndicatorDetails;
import id.jejaring.workplan.IndicatorMeasure;
import id.jejaring.workplan.WorkPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * The monitoring and evaluation pages: records with follow-ups and the messages beside
 * their fields, the cadence and the due rule on the dashboard panel, the evaluation form
 * prefilled from the plan with its messages (a rating outside 1–5 refused), and the
 * lifecycle's evaluation gate opening once the institution and a partner have answered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationWebTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

	@Autowired
	WorkPlans plans;

	@Autowired
	Monitoring monitoring;

	@Autowired
	JointEvaluations evaluations;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	UUID bandung;

	Partnership partnership;

	UUID activity;

	UUID indicator;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.bandung();
		this.partnership = this.mother.atStage(this.bandung, Stage.MONITORING_EVALUATION);
		UUID id = this.partnership.getId();
		this.mother.as(this.bandung, () -> {
			this.activity = this.plans
				.addActivity(id,
						new ActivityDetails("Pelatihan menjahit di bengkel BLK", NeedAspect.FACILITIES, null,
								LocalDate.of(2027, 2, 2), LocalDate.of(2027, 9, 30), "BLK", 48_000_000, null))
				.getId();
			this.indicator = this.plans
				.addIndicator(id, new IndicatorDetails(IndicatorMeasure.PARTICIPANTS_TRAINED, null, null, 0, 40, null))
				.getId();
			return null;
		});
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	String base() {
		return "/partnerships/" + this.partnership.getId();
	}

	@Test
	void aMonitoringRecordIsSavedWithItsFollowUpsAndTheFormShowsItsMessages() throws Exception {
		String period = Cadence.QUARTERLY.periodStart(this.monitoring.today()).toString();
		this.mvc.perform(get(base() + "/monitoring/new").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Catatan monitoring baru"), containsString("Triwulan"))));
		this.mvc
			.perform(post(base() + "/monitoring/new").with(csrf())
				.with(staff())
				.param("version", "0")
				.param("periodStart", period)
				.param("progress", "")
				.param("followUps[0].action", "Perbaiki dua mesin jahit")
				.param("followUps[0].owner", "")
				.param("followUps[0].dueOn", "2026-02-31"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Tulis ringkasan kemajuan."), containsString("Tulis penanggung jawabnya."),
						containsString("Isi batas waktu dengan tanggal yang benar."), containsString("is-invalid"),
						containsString("Perbaiki dua mesin jahit"))));
		assertThat(records()).isEmpty();

		this.mvc
			.perform(post(base() + "/monitoring/new").with(csrf())
				.with(staff())
				.param("version", "0")
				.param("periodStart", period)
				.param("progress", "Angkatan 1 selesai praktik; kehadiran 94%.")
				.param("problems", "Dua mesin industri rusak.")
				.param("followUps[0].id", "")
				.param("followUps[0].action", "Perbaiki dua mesin jahit")
				.param("followUps[0].owner", "Kepala bengkel BLK")
				.param("followUps[0].dueOn", "2026-12-15")
				.param("followUps[1].action", "")
				.param("followUps[1].owner", "")
				.param("followUps[1].dueOn", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partnerships/*/monitoring/page*"));
		MonitoringRecord record = records().get(0);
		assertThat(record.getFollowUps()).singleElement().satisfies((f) -> {
			assertThat(f.getOwner()).isEqualTo("Kepala bengkel BLK");
			assertThat(f.isDone()).isFalse();
		});

		// the same period again is refused beside the field
		this.mvc
			.perform(post(base() + "/monitoring/new").with(csrf())
				.with(staff())
				.param("version", "0")
				.param("periodStart", period)
				.param("progress", "Lagi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Periode ini sudah punya catatan monitoring")));

		// the follow-up is done
		this.mvc
			.perform(post(base() + "/monitoring/follow-ups/{otherId}/done", record.getFollowUps().get(0).getId())
				.with(csrf())
				.with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(records().get(0).getFollowUps().get(0).isDone()).isTrue();

		// editing keeps the follow-up, which the page and card show
		this.mvc.perform(get(base() + "/monitoring/{otherId}", record.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kepala bengkel BLK")));
		this.mvc.perform(get(base() + "/monitoring/page").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Angkatan 1 selesai praktik"),
					containsString("Perbaiki dua mesin jahit"), containsString("Selesai"))));
		this.mvc.perform(get(base() + "/monitoring").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 catatan"), containsString("Triwulanan"))));
	}

	@Test
	void theCadenceChangesAndAPeriodWithoutARecordShowsOnTheDashboardPanel() throws Exception {
		this.mvc.perform(get("/evaluations/attention").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.partnership.getTitle()),
					containsString("data-testid=\"attention-evaluation\""),
					containsString("data-testid=\"attention-monitoring\""))));
		this.mvc.perform(post(base() + "/monitoring/cadence").with(csrf()).with(staff()).param("cadence", "MONTHLY"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mother.as(this.bandung, () -> this.monitoring.cadence(this.partnership.getId())))
			.isEqualTo(Cadence.MONTHLY);
		LocalDate lastMonth = MonitoringRules.lastEndedPeriod(Cadence.MONTHLY, this.monitoring.today());
		this.mother.as(this.bandung,
				() -> this.monitoring.add(this.partnership.getId(), new MonitoringDetails(Cadence.MONTHLY, lastMonth,
						"Praktik berjalan", null, null, null, java.util.List.of())));
		this.mvc.perform(get("/evaluations/attention").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("monitoring/page\">" + this.partnership.getTitle()))));
	}

	@Test
	void theEvaluationFormIsPrefilledAndRefusesWhatIsMissingOrOutOfRange() throws Exception {
		this.mvc.perform(get(base() + "/evaluation/form").param("party", "institution").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pelatihan menjahit di bengkel BLK"),
					containsString("Peserta dilatih"), containsString("awal 0, target 40, capaian 0"),
					containsString("Menurut catatan pelaksanaan: tidak sesuai rencana"),
					containsString("Saling percaya"))));
		MockHttpServletRequestBuilder request = answers(post(base() + "/evaluation/form").param("party", "institution"),
				"7", "", "Selesai sesuai kesepakatan rapat");
		this.mvc.perform(request.with(csrf()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nilai harus bilangan bulat 1 sampai 5."),
					containsString("Tulis hambatan dan penyebabnya."), containsString("is-invalid"))));
		this.mvc
			.perform(post(base() + "/evaluation/form").param("party", "institution")
				.with(csrf())
				.with(staff())
				.param("version", "0")
				.param("hindrances", "Jadwal bentrok")
				.param("benefits", "Lulusan bekerja"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Beri nilai 1 sampai 5 untuk setiap prinsip"),
					containsString("Nilai setiap kegiatan dan indikator rencana kerja."))));
		assertThat(summary().parties()).isEmpty();
		// the records say the activity has not run to plan (not done): "ran to plan"
		// needs a note
		this.mvc
			.perform(answers(post(base() + "/evaluation/form").param("party", "institution"), "4", "Jadwal bentrok", "")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Jawaban ini berbeda dari catatan pelaksanaan; tulis alasannya.")));
		assertThat(summary().parties()).isEmpty();
	}

	@Test
	void anItemJudgedTwiceIsRefused() throws Exception {
		this.mvc
			.perform(answers(post(base() + "/evaluation/form").param("party", "institution"), "4")
				.param("judgments[2].kind", "ACTIVITY")
				.param("judgments[2].itemId", this.activity.toString())
				.param("judgments[2].asPlanned", "false")
				.param("judgments[2].note", "Belum selesai")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kegiatan atau indikator ini sudah dinilai di atas.")));
		assertThat(summary().parties()).isEmpty();
	}

	@Test
	void rowsWithAGapInTheirIndexesAreABadRequestNotAServerError() throws Exception {
		this.mvc
			.perform(post(base() + "/evaluation/form").param("party", "institution")
				.param("hindrances", "Jadwal bentrok")
				.param("benefits", "Lulusan bekerja")
				.param("ratings[5].principle", "COMMITMENT")
				.param("ratings[5].rating", "4")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isBadRequest());
		assertThat(summary().parties()).isEmpty();
	}

	@Test
	void theGateOpensOnceTheInstitutionAndAPartnerHaveAnswered() throws Exception {
		UUID id = this.partnership.getId();
		UUID partner = this.partnership.partnerIds().get(0);
		assertThat(gateOpen()).isFalse();
		this.mvc
			.perform(answers(post(base() + "/evaluation/form").param("party", "institution"), "4").with(csrf())
				.with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(gateOpen()).as("the institution alone is not joint").isFalse();
		this.mvc.perform(get(base() + "/evaluation/form").param("party", partner.toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("atas nama")));
		this.mvc
			.perform(answers(post(base() + "/evaluation/form").param("party", partner.toString()), "5").with(csrf())
				.with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(gateOpen()).isTrue();
		EvaluationSummary summary = summary();
		assertThat(summary.joint()).isTrue();
		assertThat(summary.average()).isEqualTo(4.5);
		assertThat(summary.of(partner).onBehalf()).isTrue();
		assertThat(summary.of(null).judgments()).hasSize(2);
		this.mvc.perform(get(base() + "/evaluation").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Evaluasi bersama lengkap"), containsString("4,5"),
					containsString("dicatat lembaga atas nama mitra"))));
		Partnership moved = this.mother.as(this.bandung,
				() -> this.partnerships.move(id, this.partnerships.get(id).getVersion(), Stage.IMPROVEMENT, null));
		assertThat(moved.getStage()).isEqualTo(Stage.IMPROVEMENT);
		assertThat(this.mother.as(this.bandung, () -> this.evaluations.isJoint(id, 1))).isTrue();
	}

	@Test
	void aPartyOutsideThePartnershipIsNotFound() throws Exception {
		this.mvc.perform(get(base() + "/evaluation/form").param("party", UUID.randomUUID().toString()).with(staff()))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.evaluations.answers(this.partnership.getId(), UUID.randomUUID())))
			.isInstanceOf(id.jejaring.shared.NotFoundException.class);
	}

	/** Complete answers with every rating at the given value. */
	MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String rating) {
		return answers(request, rating, "Jadwal praktik bentrok dengan pelatihan BLK pada bulan Agustus.",
				"Selesai sesuai kesepakatan rapat");
	}

	MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String rating, String hindrances,
			String activityNote) {
		request.param("version", "0")
			.param("hindrances", hindrances)
			.param("benefits", "19 lulusan bekerja di perusahaan garmen.")
			.param("judgments[0].kind", "ACTIVITY")
			.param("judgments[0].itemId", this.activity.toString())
			.param("judgments[0].asPlanned", "true")
			.param("judgments[0].note", activityNote)
			.param("judgments[1].kind", "INDICATOR")
			.param("judgments[1].itemId", this.indicator.toString())
			.param("judgments[1].asPlanned", "false")
			.param("judgments[1].note", "38 dari 40");
		Principle[] principles = Principle.values();
		for (int i = 0; i < principles.length; i++) {
			request.param("ratings[" + i + "].principle", principles[i].name())
				.param("ratings[" + i + "].rating", rating)
				.param("ratings[" + i + "].note", "");
		}
		return request;
	}

	boolean gateOpen() {
		return this.mother.as(this.bandung, () -> this.partnerships.gateStatus(this.partnership.getId()).open());
	}

	EvaluationSummary summary() {
		return this.mother.as(this.bandung, () -> this.evaluations.summary(this.partnership.getId()));
	}

	java.util.List<MonitoringRecord> records() {
		return this.mother.as(this.bandung, () -> this.monitoring.records(this.partnership.getId()));
	}

}
