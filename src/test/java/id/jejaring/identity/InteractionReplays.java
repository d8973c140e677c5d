package id.jejaring.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.AttachmentInfo;
import id.jejaring.partnership.Exploration;
import id.jejaring.partnership.ExplorationDetails;
import id.jejaring.partnership.ExplorationFormat;
import id.jejaring.partnership.Interaction;
import id.jejaring.partnership.InteractionMother;
import id.jejaring.partnership.Interactions;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipRecords;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the interaction, analysis and exploration
 * routes (issue 5): a manager of LKP Cipta Karya (Semarang) on LKP Terampil Mandiri's
 * (Bandung) records, with input that would be accepted for their own; the answer is 404
 * and nothing changes.
 */
final class InteractionReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final PartnershipMother mother;

	private final InteractionMother log;

	private final Interactions interactions;

	private final PartnershipRecords records;

	private final Partners partners;

	InteractionReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.partners = beans.getBean(Partners.class);
		this.interactions = beans.getBean(Interactions.class);
		this.records = beans.getBean(PartnershipRecords.class);
		this.mother = beans.getBean(PartnershipMother.class);
		this.log = new InteractionMother(this.mother, this.interactions);
	}

	private void notFound(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
	}

	private Partner partner() {
		return this.mother.partner(this.mother.bandung());
	}

	private Interaction interaction() {
		Partner partner = partner();
		return this.log.log(partner, InteractionMother.withFollowUp(partner, this.interactions.today().minusDays(1),
				"Kirim proposal", this.interactions.today().plusDays(2), null));
	}

	private AttachmentInfo attachment() {
		return this.log.attach(interaction(), "surat.pdf", InteractionMother.PDF);
	}

	private List<AttachmentInfo> attachmentsOf(UUID interactionId) {
		return this.mother.as(this.mother.bandung(), () -> this.interactions.attachments(interactionId));
	}

	private Partnership partnership() {
		return this.mother.partnership(this.mother.bandung());
	}

	private Exploration exploration(Partnership partnership) {
		return this.mother.as(this.mother.bandung(),
				() -> this.records.recordExploration(partnership.getId(), new ExplorationDetails(this.records.today(),
						ExplorationFormat.AUDIENCE, "Direktur", null, null, null, null)));
	}

	private List<Exploration> explorationsOf(Partnership partnership) {
		return this.mother.as(this.mother.bandung(), () -> this.records.explorations(partnership.getId()));
	}

	private boolean analysed(Partnership partnership) {
		return this.mother.as(this.mother.bandung(),
				() -> this.records.analysis(partnership.getId(), partnership.partnerIds().get(0)).isPresent());
	}

	/** What a Semarang user would send for their own interaction. */
	private String interactionJson() {
		UUID own = this.mother.partner(this.mother.semarang()).getId();
		return "{\"partnerId\":\"" + own + "\",\"occurredOn\":\"" + this.interactions.today()
				+ "\",\"kind\":\"PHONE\",\"approach\":\"INFORMAL\",\"purpose\":\"Diubah dari Semarang\",\"version\":0}";
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		replays.put("GET /partners/{id}/interactions", () -> {
			Interaction interaction = interaction();
			notFound(get("/partners/{id}/interactions", interaction.getPartnerId()));
		});
		replays.put("GET /partnerships/{id}/interactions",
				() -> notFound(get("/partnerships/{id}/interactions", partnership().getId())));
		replays.put("GET /interactions/{id}", () -> {
			Interaction interaction = interaction();
			notFound(get("/interactions/{id}", interaction.getId()));
			this.mvc.perform(get("/interactions/{id}", interaction.getId()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /interactions/{id}/edit",
				() -> notFound(get("/interactions/{id}/edit", interaction().getId())));
		replays.put("POST /interactions/{id}", () -> {
			Interaction interaction = interaction();
			UUID own = this.mother.partner(this.mother.semarang()).getId();
			notFound(post("/interactions/{id}", interaction.getId()).param("partnerId", own.toString())
				.param("occurredOn", this.interactions.today().toString())
				.param("kind", "PHONE")
				.param("approach", "INFORMAL")
				.param("purpose", "Diubah dari Semarang")
				.param("version", String.valueOf(interaction.getVersion())));
			assertThat(this.log.reload(interaction).getPurpose()).isEqualTo(interaction.getPurpose());
		});
		replays.put("POST /interactions/{id}/delete", () -> {
			Interaction interaction = interaction();
			notFound(post("/interactions/{id}/delete", interaction.getId()));
			assertThat(this.log.reload(interaction)).isNotNull();
		});
		replays.put("POST /interactions/{id}/follow-up", () -> {
			Interaction interaction = interaction();
			notFound(post("/interactions/{id}/follow-up", interaction.getId()).param("version",
					String.valueOf(interaction.getVersion())));
			assertThat(this.log.reload(interaction).isFollowUpDone()).isFalse();
		});
		replays.put("POST /interactions/{id}/attachments", () -> {
			Interaction interaction = interaction();
			notFound(multipart("/interactions/{id}/attachments", interaction.getId())
				.file(new MockMultipartFile("file", "surat.pdf", "application/pdf", InteractionMother.PDF)));
			assertThat(attachmentsOf(interaction.getId())).isEmpty();
		});
		replays.put("GET /interactions/attachments/{id}", () -> {
			AttachmentInfo file = attachment();
			notFound(get("/interactions/attachments/{id}", file.id()));
			this.mvc.perform(get("/interactions/attachments/{id}", file.id()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("POST /interactions/attachments/{id}/delete", () -> {
			AttachmentInfo file = attachment();
			notFound(post("/interactions/attachments/{id}/delete", file.id()));
			assertThat(attachmentsOf(file.interactionId())).hasSize(1);
		});
		replays.put("GET /api/v1/interactions/{id}",
				() -> notFound(get("/api/v1/interactions/{id}", interaction().getId())));
		replays.put("PUT /api/v1/interactions/{id}", () -> {
			Interaction interaction = interaction();
			notFound(json(put("/api/v1/interactions/{id}", interaction.getId()), interactionJson()));
			assertThat(this.log.reload(interaction).getPurpose()).isEqualTo(interaction.getPurpose());
		});
		replays.put("DELETE /api/v1/interactions/{id}", () -> {
			Interaction interaction = interaction();
			notFound(delete("/api/v1/interactions/{id}", interaction.getId()));
			assertThat(this.log.reload(interaction)).isNotNull();
		});
		replays.put("POST /api/v1/interactions/{id}/follow-up", () -> {
			Interaction interaction = interaction();
			notFound(json(post("/api/v1/interactions/{id}/follow-up", interaction.getId()),
					"{\"done\":true,\"version\":" + interaction.getVersion() + "}"));
			assertThat(this.log.reload(interaction).isFollowUpDone()).isFalse();
		});
		replays.put("GET /api/v1/interactions/{id}/attachments",
				() -> notFound(get("/api/v1/interactions/{id}/attachments", interaction().getId())));
		replays.put("POST /api/v1/interactions/{id}/attachments", () -> {
			Interaction interaction = interaction();
			notFound(multipart("/api/v1/interactions/{id}/attachments", interaction.getId())
				.file(new MockMultipartFile("file", "surat.pdf", "application/pdf", InteractionMother.PDF)));
			assertThat(attachmentsOf(interaction.getId())).isEmpty();
		});
		replays.put("GET /api/v1/interactions/attachments/{id}",
				() -> notFound(get("/api/v1/interactions/attachments/{id}", attachment().id())));
		replays.put("DELETE /api/v1/interactions/attachments/{id}", () -> {
			AttachmentInfo file = attachment();
			notFound(delete("/api/v1/interactions/attachments/{id}", file.id()));
			assertThat(attachmentsOf(file.interactionId())).hasSize(1);
		});
		replays.put("GET /partnerships/{id}/analyses",
				() -> notFound(get("/partnerships/{id}/analyses", partnership().getId())));
		replays.put("GET /partnerships/{id}/analyses/{otherId}", () -> {
			Partnership partnership = partnership();
			notFound(
					get("/partnerships/{id}/analyses/{otherId}", partnership.getId(), partnership.partnerIds().get(0)));
		});
		replays.put("POST /partnerships/{id}/analyses/{otherId}", () -> {
			Partnership partnership = partnership();
			notFound(post("/partnerships/{id}/analyses/{otherId}", partnership.getId(), partnership.partnerIds().get(0))
				.param("decision", "DROP")
				.param("decisionReason", "Dari Semarang"));
			assertThat(analysed(partnership)).isFalse();
		});
		replays.put("PUT /api/v1/partnerships/{id}/analyses/{otherId}", () -> {
			Partnership partnership = partnership();
			notFound(json(
					put("/api/v1/partnerships/{id}/analyses/{otherId}", partnership.getId(),
							partnership.partnerIds().get(0)),
					"{\"decision\":\"DROP\",\"decisionReason\":\"Dari Semarang\"}"));
			assertThat(analysed(partnership)).isFalse();
		});
		replays.put("GET /api/v1/partnerships/{id}/analyses",
				() -> notFound(get("/api/v1/partnerships/{id}/analyses", partnership().getId())));
		replays.put("GET /partnerships/{id}/explorations",
				() -> notFound(get("/partnerships/{id}/explorations", partnership().getId())));
		replays.put("GET /partnerships/{id}/explorations/new",
				() -> notFound(get("/partnerships/{id}/explorations/new", partnership().getId())));
		replays.put("POST /partnerships/{id}/explorations", () -> {
			Partnership partnership = partnership();
			notFound(post("/partnerships/{id}/explorations", partnership.getId())
				.param("heldOn", this.records.today().toString())
				.param("format", "AUDIENCE")
				.param("version", "0"));
			assertThat(explorationsOf(partnership)).isEmpty();
		});
		replays.put("GET /partnerships/{id}/explorations/{otherId}/edit", () -> {
			Partnership partnership = partnership();
			notFound(get("/partnerships/{id}/explorations/{otherId}/edit", partnership.getId(),
					exploration(partnership).getId()));
		});
		replays.put("POST /partnerships/{id}/explorations/{otherId}", () -> {
			Partnership partnership = partnership();
			Exploration held = exploration(partnership);
			notFound(post("/partnerships/{id}/explorations/{otherId}", partnership.getId(), held.getId())
				.param("heldOn", this.records.today().toString())
				.param("format", "SOCIALISATION")
				.param("version", String.valueOf(held.getVersion())));
			assertThat(explorationsOf(partnership)).singleElement()
				.satisfies((e) -> assertThat(e.details().format()).isEqualTo(ExplorationFormat.AUDIENCE));
		});
		replays.put("GET /api/v1/partnerships/{id}/explorations",
				() -> notFound(get("/api/v1/partnerships/{id}/explorations", partnership().getId())));
		replays.put("POST /api/v1/partnerships/{id}/explorations", () -> {
			Partnership partnership = partnership();
			notFound(json(post("/api/v1/partnerships/{id}/explorations", partnership.getId()),
					"{\"heldOn\":\"" + this.records.today() + "\",\"format\":\"AUDIENCE\",\"version\":0}"));
			assertThat(explorationsOf(partnership)).isEmpty();
		});
		replays.put("PUT /api/v1/partnerships/{id}/explorations/{otherId}", () -> {
			Partnership partnership = partnership();
			Exploration held = exploration(partnership);
			notFound(json(put("/api/v1/partnerships/{id}/explorations/{otherId}", partnership.getId(), held.getId()),
					"{\"heldOn\":\"" + this.records.today() + "\",\"format\":\"SOCIALISATION\",\"version\":"
							+ held.getVersion() + "}"));
			assertThat(explorationsOf(partnership)).singleElement()
				.satisfies((e) -> assertThat(e.details().format()).isEqualTo(ExplorationFormat.AUDIENCE));
		});
	}

}
