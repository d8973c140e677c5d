package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement pages: drafting from the clause library with messages beside the fields,
 * the readiness check, the scan upload refusing what is not a PDF or image, signing by
 * the manager only, versions compared, the clause library and the number settings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementWebTest {

	@Autowired
	AgreementMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	Partnerships partnerships;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.partnerships().bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

	Agreement reload(UUID id) {
		return this.mother.partnerships().as(this.bandung, () -> this.agreements.get(id));
	}

	/** The form as the browser sends it for these details. */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, AgreementDetails details) {
		request.param("version", "0")
			.param("title", details.title())
			.param("effectiveFrom", String.valueOf(details.effectiveFrom()))
			.param("effectiveUntil", String.valueOf(details.effectiveUntil()));
		for (int i = 0; i < details.parties().size(); i++) {
			AgreementDetails.Party party = details.parties().get(i);
			if (party.partnerId() != null) {
				request.param("parties[" + i + "].partnerId", party.partnerId().toString());
			}
			request.param("parties[" + i + "].name", party.name())
				.param("parties[" + i + "].signatoryName", party.signatoryName())
				.param("parties[" + i + "].signatoryPosition", party.signatoryPosition());
		}
		for (int i = 0; i < details.clauses().size(); i++) {
			Clause clause = details.clauses().get(i);
			request.param("clauses[" + i + "].type", clause.type().name())
				.param("clauses[" + i + "].title", clause.title())
				.param("clauses[" + i + "].body", clause.body())
				.param("clauses[" + i + "].order", String.valueOf((i == 0) ? 99 : i + 1));
		}
		return request;
	}

	@Test
	void theNewFormStartsFromTheClauseLibrary() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		this.mvc.perform(get("/partnerships/{id}/agreements/new", partnership.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nota Kesepahaman"), containsString("Pembiayaan"),
					containsString("Pemanfaatan Hasil"), containsString("LKP Terampil Mandiri"))));
	}

	@Test
	void aDraftIsSavedFromTheFormAndBadInputIsAnsweredBesideTheField() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		AgreementDetails details = this.mother.details(this.bandung, partnership, AgreementKind.MOU,
				LocalDate.of(2026, 1, 1));
		this.mvc
			.perform(form(post("/partnerships/{id}/agreements", partnership.getId()),
					new AgreementDetails("", null, null, null, details.effectiveFrom(), LocalDate.of(2025, 1, 1),
							details.parties(), details.clauses()))
				.param("kind", "MOU")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Isi judul perjanjian."),
					containsString("Tanggal akhir tidak boleh sebelum tanggal mulai."))));
		assertThat(
				this.mother.partnerships().as(this.bandung, () -> this.agreements.forPartnership(partnership.getId())))
			.isEmpty();

		this.mvc
			.perform(form(post("/partnerships/{id}/agreements", partnership.getId()), details).param("kind", "MOU")
				.with(csrf())
				.with(staff()))
			.andExpect(redirectedUrlPattern("/agreements/*"));
		List<Agreement> saved = this.mother.partnerships()
			.as(this.bandung, () -> this.agreements.forPartnership(partnership.getId()));
		assertThat(saved).singleElement().satisfies((agreement) -> {
			assertThat(agreement.getKind()).isEqualTo(AgreementKind.MOU);
			assertThat(agreement.getParties()).extracting(AgreementParty::getSignatoryPosition)
				.containsOnly("Direktur");
			// the first article was moved to the end by its order number
			assertThat(reload(agreement.getId()).clauses().get(details.clauses().size() - 1).type())
				.isEqualTo(details.clauses().get(0).type());
		});
	}

	@Test
	void fromDraftToSignedAndThePartnershipMayPassItsSigningGate() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		Agreement draft = this.mother.draft(this.bandung, partnership, AgreementKind.MOU, null);
		this.mvc.perform(get("/agreements/{id}", draft.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"mark-ready\""),
					containsString("(diberikan saat siap ditandatangani)"))));
		this.mvc
			.perform(post("/agreements/{id}/ready", draft.getId()).param("version", String.valueOf(draft.getVersion()))
				.with(csrf())
				.with(staff()))
			.andExpect(flash().attribute("success", "agreement.readySaved"));
		Agreement ready = reload(draft.getId());
		assertThat(ready.getLetterNumber()).isNotNull();

		// a renamed HTML page is not a scan
		this.mvc
			.perform(multipart("/agreements/{id}/scans", ready.getId())
				.file(new MockMultipartFile("file", "ttd.pdf", "application/pdf", "<html>x</html>".getBytes()))
				.with(csrf())
				.with(staff()))
			.andExpect(flash().attribute("scanError", "validation.attachment.type"));
		this.mvc
			.perform(multipart("/agreements/{id}/scans", ready.getId())
				.file(new MockMultipartFile("file", "ttd.pdf", "application/pdf", AgreementMother.PDF))
				.with(csrf())
				.with(staff()))
			.andExpect(flash().attribute("success", "agreement.scanSaved"));
		this.mvc
			.perform(post("/agreements/{id}/signatures", ready.getId())
				.param("version", String.valueOf(ready.getVersion()))
				.param("signedOn", "2026-01-02", "2026-01-03")
				.with(csrf())
				.with(staff()))
			.andExpect(flash().attribute("success", "agreement.signaturesSaved"));
		Agreement withDates = reload(ready.getId());
		this.mvc
			.perform(post("/agreements/{id}/signed", ready.getId())
				.param("version", String.valueOf(withDates.getVersion()))
				.with(csrf())
				.with(staff()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/agreements/{id}/signed", ready.getId())
				.param("version", String.valueOf(withDates.getVersion()))
				.with(csrf())
				.with(manager()))
			.andExpect(flash().attribute("success", "agreement.signedSaved"));
		assertThat(reload(ready.getId()).getSignedAt()).isNotNull();
		assertThat(this.mother.partnerships()
			.as(this.bandung, () -> this.partnerships.gateStatus(partnership.getId()).facts())
			.agreementSigned()).isTrue();
		this.mvc.perform(get("/partnerships/{id}/agreements", partnership.getId()).with(staff()))
			.andExpect(content().string(containsString(ready.getLetterNumber())));
	}

	@Test
	void readinessListsWhatIsMissing() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		AgreementDetails full = this.mother.details(this.bandung, partnership, AgreementKind.MOU,
				LocalDate.of(2026, 1, 1));
		Agreement draft = this.mother.partnerships()
			.as(this.bandung,
					() -> this.agreements.draft(partnership.getId(), AgreementKind.MOU, null,
							new AgreementDetails(full.title(), null, null, null, null, null, full.parties(),
									full.clauses().stream().filter((c) -> c.type() != ClauseType.OUTPUTS).toList())));
		this.mvc.perform(get("/agreements/{id}", draft.getId()).with(staff()))
			.andExpect(content().string(allOf(containsString("Pasal wajib belum ada: Pemanfaatan hasil."),
					containsString("Masa berlaku (mulai dan sampai) belum diisi."))));
		this.mvc
			.perform(post("/agreements/{id}/ready", draft.getId()).param("version", String.valueOf(draft.getVersion()))
				.with(csrf())
				.with(staff()))
			.andExpect(flash().attribute("refused",
					org.hamcrest.Matchers.hasItem("Pasal wajib belum ada: Pemanfaatan hasil.")));
	}

	@Test
	void twoVersionsAreComparedSideBySide() throws Exception {
		Agreement draft = this.mother.draft(this.bandung);
		AgreementDetails details = draft.details();
		List<Clause> clauses = new java.util.ArrayList<>(details.clauses());
		clauses.set(1, new Clause(ClauseType.PURPOSE, "Maksud dan Tujuan", "Tujuan yang diperbarui"));
		this.mother.partnerships()
			.as(this.bandung,
					() -> this.agreements.update(draft.getId(), draft.getVersion(),
							new AgreementDetails(details.title(), null, details.place(), null, details.effectiveFrom(),
									details.effectiveUntil(), details.parties(), clauses)));
		this.mvc.perform(get("/agreements/{id}/compare", draft.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tujuan yang diperbarui"),
					containsString(details.clauses().get(1).body()), containsString("data-changed=\"true\""))));
	}

	@Test
	void theManagerKeepsTheClauseLibraryAndTheNumberFormat() throws Exception {
		this.mvc.perform(get("/agreements/library").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Penyelesaian Perselisihan"),
					not(containsString("data-testid=\"save-library\"")))));
		this.mvc
			.perform(post("/agreements/settings").param("numberFormat", "{nomor}/{unit}")
				.param("unitCode", "LKP-TM")
				.param("endingSoonDays", "30")
				.param("reminderDays", "90, 30, 7")
				.with(csrf())
				.with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Format nomor surat harus memuat nomor urut.")));
		this.mvc
			.perform(post("/agreements/settings").param("numberFormat", "{seq}/{unit}/{kind}/{month}/{year}")
				.param("unitCode", "LKP-TM")
				.param("endingSoonDays", "45")
				.param("reminderDays", "60, 14")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isForbidden());
	}

	@Test
	void stageMovesIntoSigningNeedTheCompleteDraft() {
		// the agreement gate asks this module: a partnership without a complete draft
		// stays
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		assertThat(this.mother.partnerships()
			.as(this.bandung, () -> this.partnerships.gateStatus(partnership.getId()).facts())
			.agreementDraftComplete()).isFalse();
		this.mother.draft(this.bandung, partnership, AgreementKind.MOU, null);
		assertThat(this.mother.partnerships()
			.as(this.bandung, () -> this.partnerships.gateStatus(partnership.getId()).facts())
			.agreementDraftComplete()).isTrue();
	}

	@Test
	void theDashboardListsWhatEndsSoonAndWhatWaitsForSignatures() throws Exception {
		// the demo: the PT Sinar Garmen PKS ends in 23 days, the education office's PKS
		// waits
		this.mvc.perform(get("/agreements/attention").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Perjanjian Kerja Sama Magang dan Penyerapan Lulusan Menjahit"),
						containsString("berakhir 23 hari lagi"), containsString("Pendidikan Kecakapan Wirausaha"))));
	}

}
