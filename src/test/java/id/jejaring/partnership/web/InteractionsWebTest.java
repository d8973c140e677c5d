package id.jejaring.partnership.web;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.AttachmentInfo;
import id.jejaring.partnership.Interaction;
import id.jejaring.partnership.InteractionMother;
import id.jejaring.partnership.Interactions;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The interaction form with its messages beside the fields, the lists on the partner's
 * and the partnership's pages, attachments (upload checked by content, download only
 * inside the institution) and the dashboard's follow-up panel.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InteractionsWebTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Interactions interactions;

	PartnershipMother mother;

	InteractionMother log;

	UUID bandung;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.mother = this.partnershipMother;
		this.log = new InteractionMother(this.mother, this.interactions);
		this.bandung = this.mother.bandung();
		this.today = this.interactions.today();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	@Test
	void invalidInputIsToldBesideTheFieldsAndNothingIsSaved() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		this.mvc
			.perform(post("/interactions").with(csrf())
				.with(staff())
				.param("partnerId", partner.getId().toString())
				.param("occurredOn", this.today.plusDays(2).toString())
				.param("kind", "VISIT")
				.param("approach", "FORMAL")
				.param("followUpDue", this.today.plusDays(5).toString())
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tanggal interaksi tidak boleh di masa depan"),
					containsString("Tuliskan tindakan yang harus dilakukan"), containsString("is-invalid"))));
		this.mvc
			.perform(post("/interactions").with(csrf())
				.with(staff())
				.param("partnerId", partner.getId().toString())
				.param("occurredOn", "2026-02-31")
				.param("kind", "VISIT")
				.param("approach", "FORMAL")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi tanggal yang benar")));
		assertThat(this.log.countFor(partner)).isZero();
	}

	@Test
	void anInteractionIsLoggedWithItsFirstAttachmentAndShownOnThePartnersList() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		this.mvc.perform(get("/interactions/new").param("partnerId", partner.getId().toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("multipart/form-data")));
		this.mvc
			.perform(multipart("/interactions")
				.file(new MockMultipartFile("file", "undangan.pdf", "application/pdf", InteractionMother.PDF))
				.with(csrf())
				.with(staff())
				.param("partnerId", partner.getId().toString())
				.param("occurredOn", this.today.toString())
				.param("kind", "AUDIENCE")
				.param("approach", "FORMAL")
				.param("purpose", "Audiensi dengan direktur")
				.param("followUpAction", "Kirim profil lembaga")
				.param("followUpDue", this.today.plusDays(3).toString())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/interactions/*"));
		this.mvc.perform(get("/partners/{id}/interactions", partner.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Audiensi dengan direktur"), containsString("Kirim profil lembaga"),
						containsString("1 lampiran"), not(containsString("<html")))));
		// the partner's page loads that list
		this.mvc.perform(get("/partners/{id}", partner.getId()).with(staff()))
			.andExpect(content().string(containsString("/partners/" + partner.getId() + "/interactions")));
	}

	@Test
	void aProgramUploadedAsPdfIsRefusedAndNothingIsSaved() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		this.mvc
			.perform(multipart("/interactions")
				.file(new MockMultipartFile("file", "surat.pdf", "application/pdf", InteractionMother.EXE))
				.with(csrf())
				.with(staff())
				.param("partnerId", partner.getId().toString())
				.param("occurredOn", this.today.toString())
				.param("kind", "VISIT")
				.param("approach", "FORMAL")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hanya berkas PDF, JPG atau PNG")));
		assertThat(this.log.countFor(partner)).isZero();
		Interaction interaction = this.log.visit(partner);
		this.mvc
			.perform(multipart("/interactions/{id}/attachments", interaction.getId())
				.file(new MockMultipartFile("file", "virus.pdf", "application/pdf", InteractionMother.EXE))
				.with(csrf())
				.with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mother.as(this.bandung, () -> this.interactions.attachments(interaction.getId()))).isEmpty();
	}

	@Test
	void anAttachmentIsDownloadedAsAnAttachmentOnlyInsideItsInstitution() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		Interaction interaction = this.log.visit(partner);
		AttachmentInfo file = this.log.attach(interaction, "foto kunjungan.pdf", InteractionMother.PNG);
		this.mvc.perform(get("/interactions/attachments/{id}", file.id()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("foto kunjungan.png")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(InteractionMother.PNG));
		this.mvc
			.perform(get("/interactions/attachments/{id}", file.id()).with(SignedIn.as(this.users, "staf.semarang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/interactions/{id}", interaction.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("foto kunjungan.png")));
	}

	@Test
	void theDashboardListsAnOverdueFollowUp() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		String action = "Kirim draf MoU " + UUID.randomUUID().toString().substring(0, 8);
		// due long ago, so it sorts first among the demo's open follow-ups
		this.log.log(partner, InteractionMother.withFollowUp(partner, this.today.minusDays(3000), action,
				this.today.minusDays(2999), null));
		this.mvc.perform(get("/").with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tindak lanjut jatuh tempo"), containsString(action),
					containsString(partner.getName()), containsString("Terlambat"))));
		this.mvc.perform(get("/").with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(content().string(not(containsString(action))));
	}

	@Test
	void theFollowUpIsMarkedDoneWithTheVersionRead() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		Interaction interaction = this.log.log(partner,
				InteractionMother.withFollowUp(partner, this.today, "Telepon ulang", this.today.plusDays(1), null));
		this.mvc
			.perform(post("/interactions/{id}/follow-up", interaction.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(interaction.getVersion()))
				.param("done", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.log.reload(interaction).isFollowUpDone()).isTrue();
		this.mvc
			.perform(post("/interactions/{id}/follow-up", interaction.getId()).with(csrf())
				.with(staff())
				.param("version", String.valueOf(interaction.getVersion()))
				.param("done", "false"))
			.andExpect(status().isConflict());
	}

	@Test
	void theEditFormAndThePartnershipsListShowTheInteraction() throws Exception {
		id.jejaring.partnership.Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		Partner partner = this.mother.as(this.bandung, () -> this.partners.get(partnerId));
		Interaction interaction = this.log.log(partner,
				new id.jejaring.partnership.InteractionDetails(partnerId, partnership.getId(), this.today,
						id.jejaring.partnership.InteractionKind.MEETING,
						id.jejaring.partnership.InteractionApproach.FORMAL, "Rapat persiapan magang", null, null, null,
						null, null, java.util.List.of()));
		this.mvc.perform(get("/interactions/{id}/edit", interaction.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Rapat persiapan magang"),
					containsString(partnership.getTitle()), not(containsString("multipart/form-data")))));
		this.mvc.perform(get("/partnerships/{id}/interactions", partnership.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Rapat persiapan magang"), containsString(partner.getName()))));
		// from the partnership with one partner, the form starts with that partner
		this.mvc.perform(get("/interactions/new").param("partnershipId", partnership.getId().toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(partner.getName())));
		this.mvc
			.perform(post("/interactions/{id}", interaction.getId()).with(csrf())
				.with(staff())
				.param("partnerId", partnerId.toString())
				.param("partnershipId", partnership.getId().toString())
				.param("occurredOn", this.today.toString())
				.param("kind", "MEETING")
				.param("approach", "INFORMAL")
				.param("purpose", "Rapat diubah")
				.param("version", String.valueOf(interaction.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.log.reload(interaction).getPurpose()).isEqualTo("Rapat diubah");
	}

}
