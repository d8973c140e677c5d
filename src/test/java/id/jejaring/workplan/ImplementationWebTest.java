package id.jejaring.workplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The implementation page: status reports (a cancel needs a reason, said beside the
 * field), evidence uploads checked by content and size, the manager's review (staff get
 * 403), monthly actuals against the target, the plan as PDF and the dashboard's panel.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImplementationWebTest {

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

	UUID bandung;

	Partnership partnership;

	PlanActivity activity;

	PlanIndicator indicator;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.bandung();
		this.partnership = this.mother.partnership(this.bandung);
		UUID id = this.partnership.getId();
		this.mother.as(this.bandung, () -> this.plans.addObjective(id,
				new ObjectiveDetails("Lulusan kelas menjahit terserap industri garmen", null)));
		this.indicator = this.mother.as(this.bandung, () -> this.plans.addIndicator(id,
				new IndicatorDetails(IndicatorMeasure.PARTICIPANTS_TRAINED, null, null, 0, 40, null)));
		LocalDate today = this.implementation.today();
		this.activity = this.mother.as(this.bandung,
				() -> this.plans.addActivity(id,
						new ActivityDetails("Pelatihan menjahit busana kerja", NeedAspect.STAFF, null,
								today.minusDays(30), today.plusDays(30), "Bengkel BLK Bandung", 12_500_000, null)));
		this.mother.as(this.bandung, () -> this.plans.addContribution(id, this.activity.getId(),
				new ContributionDetails(null, ContributionKind.ROOMS, "Ruang praktik menjahit", 3_000_000)));
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

	String page() {
		return "/partnerships/" + this.partnership.getId() + "/implementation";
	}

	PlanImplementation.View view() {
		return this.mother.as(this.bandung, () -> this.implementation.view(this.partnership.getId()));
	}

	@Test
	void thePageShowsALatePlannedActivityAndTheCardLinksToIt() throws Exception {
		this.mvc.perform(get(page()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pelaksanaan rencana kerja"),
					containsString("Pelatihan menjahit busana kerja"), containsString("Terlambat"),
					containsString("Unggah bukti"), not(containsString("data-testid=\"evidence-verify\"")))));
		this.mvc.perform(get("/partnerships/{id}/work-plan", this.partnership.getId()).with(staff()))
			.andExpect(content().string(containsString("/implementation")));
	}

	@Test
	void aStatusReportIsSavedAndACancelWithoutAReasonComesBackBesideTheField() throws Exception {
		LocalDate today = this.implementation.today();
		this.mvc
			.perform(post(page().replace("/implementation", "/activities/" + this.activity.getId() + "/status"))
				.with(csrf())
				.with(staff())
				.param("version", String.valueOf(this.activity.getVersion()))
				.param("status", "RUNNING")
				.param("progress", "40")
				.param("actualStart", today.minusDays(28).toString())
				.param("actualEnd", "")
				.param("cancelReason", ""))
			.andExpect(redirectedUrlPattern("/partnerships/*/implementation*"));
		PlanActivity saved = view().plan().getActivities().get(0);
		assertThat(saved.getStatus()).isEqualTo(ActivityStatus.RUNNING);
		assertThat(saved.getProgress()).isEqualTo(40);
		assertThat(saved.getActualStart()).isEqualTo(today.minusDays(28));

		this.mvc
			.perform(post(page().replace("/implementation", "/activities/" + this.activity.getId() + "/status"))
				.with(csrf())
				.with(staff())
				.param("version", String.valueOf(saved.getVersion()))
				.param("status", "CANCELLED")
				.param("progress", "40")
				.param("actualStart", "")
				.param("actualEnd", "")
				.param("cancelReason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tuliskan alasan pembatalan."),
					containsString("is-invalid"), containsString("value=\"CANCELLED\" selected=\"selected\""))));
		assertThat(view().plan().getActivities().get(0).getStatus()).isEqualTo(ActivityStatus.RUNNING);

		this.mvc
			.perform(post(page().replace("/implementation", "/activities/" + this.activity.getId() + "/status"))
				.with(csrf())
				.with(staff())
				.param("version", String.valueOf(saved.getVersion()))
				.param("status", "CANCELLED")
				.param("progress", "40")
				.param("cancelReason", "Instruktur mitra dipindahtugaskan"))
			.andExpect(redirectedUrlPattern("/partnerships/*/implementation*"));
		assertThat(view().plan().getActivities().get(0).getCancelReason())
			.isEqualTo("Instruktur mitra dipindahtugaskan");
	}

	@Test
	void evidenceIsCheckedThenVerifiedOrSentBackByTheManagerOnly() throws Exception {
		String upload = page().replace("/implementation", "/activities/" + this.activity.getId() + "/evidence");
		this.mvc
			.perform(multipart(upload)
				.file(new MockMultipartFile("file", "foto.jpg", "image/jpeg", "<html>x</html>".getBytes()))
				.param("caption", "Foto kegiatan")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hanya berkas PDF, JPG atau PNG"),
					containsString("value=\"Foto kegiatan\""))));
		byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
		this.mvc
			.perform(multipart(upload).file(new MockMultipartFile("file", "besar.pdf", "application/pdf", big))
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas terlalu besar")));
		assertThat(view().evidence()).isEmpty();

		this.mvc
			.perform(multipart(upload).file(new MockMultipartFile("file", "daftar-hadir.pdf", "application/pdf", PDF))
				.param("caption", "Daftar hadir peserta pekan pertama")
				.with(csrf())
				.with(staff()))
			.andExpect(redirectedUrlPattern("/partnerships/*/implementation*"));
		ActivityEvidence evidence = view().evidence().get(0);
		assertThat(evidence.getStatus()).isEqualTo(EvidenceStatus.SUBMITTED);
		assertThat(evidence.getSubmittedBy()).isEqualTo("staf.bandung");
		this.mvc
			.perform(get("/partnerships/{id}/evidence/{otherId}", this.partnership.getId(), evidence.getId())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));

		String verify = "/partnerships/" + this.partnership.getId() + "/evidence/" + evidence.getId() + "/verify";
		this.mvc
			.perform(post(verify).param("version", String.valueOf(evidence.getVersion())).with(csrf()).with(staff()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(verify.replace("/verify", "/return")).param("version", "0")
				.param("reason", "")
				.with(csrf())
				.with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan alasan bukti dikembalikan.")));
		this.mvc
			.perform(post(verify).param("version", String.valueOf(evidence.getVersion())).with(csrf()).with(manager()))
			.andExpect(redirectedUrlPattern("/partnerships/*/implementation*"));
		ActivityEvidence verified = view().evidence().get(0);
		assertThat(verified.getStatus()).isEqualTo(EvidenceStatus.VERIFIED);
		assertThat(verified.getReviewedBy()).isEqualTo("pengelola.bandung");
		// reviewed once: a second review is out of date
		this.mvc
			.perform(post(verify.replace("/verify", "/return")).param("version", String.valueOf(verified.getVersion()))
				.param("reason", "Foto buram")
				.with(csrf())
				.with(manager()))
			.andExpect(status().isConflict());
	}

	@Test
	void monthlyActualsAddUpAgainstTheTarget() throws Exception {
		String actuals = "/partnerships/" + this.partnership.getId() + "/indicators/" + this.indicator.getId()
				+ "/actuals";
		YearMonth month = YearMonth.from(this.implementation.today());
		this.mvc
			.perform(post(actuals).param("period", month.minusMonths(1).toString())
				.param("value", "12")
				.param("note", "Angkatan pertama")
				.with(csrf())
				.with(staff()))
			.andExpect(redirectedUrlPattern("/partnerships/*/implementation*"));
		this.mvc.perform(post(actuals).param("period", month.toString()).param("value", "8").with(csrf()).with(staff()))
			.andExpect(redirectedUrlPattern("/partnerships/*/implementation*"));
		this.mvc
			.perform(post(actuals).param("period", month.plusMonths(1).toString())
				.param("value", "abc")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis bilangan bulat 0 atau lebih")));
		this.mvc
			.perform(post(actuals).param("period", month.plusMonths(1).toString())
				.param("value", "3")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bulan capaian tidak boleh setelah bulan ini.")));
		PlanProgress progress = this.mother.as(this.bandung, () -> this.plans.progress(this.partnership.getId()));
		assertThat(progress.indicators()).singleElement().satisfies((i) -> assertThat(i.actual()).isEqualTo(20));
		this.mvc.perform(get(page()).with(staff()))
			.andExpect(content().string(allOf(containsString("capaian 20 (50%)"), containsString("Angkatan pertama"))));
	}

	@Test
	void thePlanIsAPdfInIndonesian() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/partnerships/{id}/work-plan/export.pdf", this.partnership.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("RENCANA KERJA BERSAMA", "Lulusan kelas menjahit terserap industri garmen",
					"Pelatihan menjahit busana kerja", "Ruang praktik menjahit", "Rp 12.500.000", "Rp 3.000.000",
					"Kontribusi per pihak");
		}
	}

	@Test
	void theDashboardPanelListsEvidenceAwaitingVerification() throws Exception {
		this.mother.as(this.bandung,
				() -> this.implementation.submitEvidence(this.partnership.getId(), this.activity.getId(), "foto.pdf",
						PDF, org.springframework.util.unit.DataSize.ofMegabytes(5), "Foto praktik menjahit"));
		this.mvc.perform(get("/work-plans/attention").with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pelaksanaan yang perlu perhatian"),
					containsString("data-testid=\"attention-evidence\""), containsString("/implementation#"))));
	}

	@Test
	void theManagerSetsTheMissingEvidenceWindow() throws Exception {
		this.mvc.perform(get("/work-plans/settings").with(staff())).andExpect(status().isForbidden());
		this.mvc.perform(post("/work-plans/settings").param("missingEvidenceDays", "0").with(csrf()).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis jumlah hari 1 sampai 365.")));
		int before = this.mother.as(this.bandung, this.implementation::missingEvidenceDays);
		try {
			this.mvc
				.perform(post("/work-plans/settings").param("missingEvidenceDays", "21").with(csrf()).with(manager()))
				.andExpect(redirectedUrlPattern("/work-plans/settings*"));
			assertThat(this.mother.as(this.bandung, this.implementation::missingEvidenceDays)).isEqualTo(21);
		}
		finally {
			this.mother.as(this.bandung, "ROLE_MANAGER", () -> this.implementation.saveMissingEvidenceDays(before));
		}
	}

	@Test
	void anActivityWithEvidenceAndAnIndicatorWithActualsAreNotRemoved() throws Exception {
		UUID id = this.partnership.getId();
		this.mother.as(this.bandung, () -> {
			this.implementation.submitEvidence(id, this.activity.getId(), "hadir.pdf", PDF,
					org.springframework.util.unit.DataSize.ofMegabytes(5), "Daftar hadir menjahit");
			return this.implementation.recordActual(id, this.indicator.getId(),
					YearMonth.from(this.implementation.today()), 4, null);
		});
		assertThatThrownBy(() -> this.mother.as(this.bandung, () -> {
			this.plans.removeActivity(id, this.activity.getId());
			return null;
		})).isInstanceOf(id.jejaring.shared.InvalidInputException.class);

		String base = "/partnerships/" + id + "/work-plan";
		this.mvc.perform(post(base + "/activities/{a}/delete", this.activity.getId()).with(csrf()).with(staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refused", "workplan.remove.hasEvidence"));
		this.mvc.perform(post(base + "/indicators/{i}/delete", this.indicator.getId()).with(csrf()).with(staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refused", "workplan.remove.hasActuals"));
		this.mvc.perform(delete("/api/v1" + base + "/activities/{a}", this.activity.getId()).with(csrf()).with(staff()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(delete("/api/v1" + base + "/indicators/{i}", this.indicator.getId()).with(csrf()).with(staff()))
			.andExpect(status().isConflict());
		WorkPlan plan = this.mother.as(this.bandung, () -> this.plans.current(id)).orElseThrow();
		assertThat(plan.getActivities()).extracting(PlanActivity::getId).contains(this.activity.getId());
		assertThat(plan.getIndicators()).extracting(PlanIndicator::getId).contains(this.indicator.getId());
		assertThat(view().evidenceOf(this.activity)).hasSize(1);
	}

}
