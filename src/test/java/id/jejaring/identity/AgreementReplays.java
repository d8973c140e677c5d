package id.jejaring.identity;

import java.util.Map;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.ScanInfo;
import id.jejaring.partnership.PartnershipMother;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the agreement pages (issue 6): the manager
 * of LKP Cipta Karya (Semarang) on LKP Terampil Mandiri's (Bandung) agreements, with
 * input that would be accepted for their own; the answer is 404 and nothing changes.
 */
final class AgreementReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final PartnershipMother mother;

	private final AgreementMother agreements;

	private final Agreements service;

	AgreementReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(PartnershipMother.class);
		this.agreements = beans.getBean(AgreementMother.class);
		this.service = beans.getBean(Agreements.class);
	}

	private void notFound(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
	}

	private Agreement reload(Agreement agreement) {
		return this.mother.as(this.mother.bandung(), () -> this.service.get(agreement.getId()));
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		replays.put("GET /partnerships/{id}/agreements", () -> notFound(
				get("/partnerships/{id}/agreements", this.mother.partnership(this.mother.bandung()).getId())));
		replays.put("GET /partnerships/{id}/agreements/new", () -> notFound(
				get("/partnerships/{id}/agreements/new", this.mother.partnership(this.mother.bandung()).getId())));
		replays.put("POST /partnerships/{id}/agreements", () -> {
			var partnership = this.mother.partnership(this.mother.bandung());
			notFound(post("/partnerships/{id}/agreements", partnership.getId()).param("kind", "MOU")
				.param("title", "Dari Semarang")
				.param("parties[0].name", "LKP Cipta Karya")
				.param("parties[1].name", "Mitra"));
			assertThat(this.mother.as(this.mother.bandung(), () -> this.service.forPartnership(partnership.getId())))
				.isEmpty();
		});
		replays.put("GET /agreements/{id}", () -> {
			Agreement draft = this.agreements.draft(this.mother.bandung());
			notFound(get("/agreements/{id}", draft.getId()));
			this.mvc.perform(get("/agreements/{id}", draft.getId()).with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("GET /agreements/{id}/edit",
				() -> notFound(get("/agreements/{id}/edit", this.agreements.draft(this.mother.bandung()).getId())));
		replays.put("POST /agreements/{id}", () -> {
			Agreement draft = this.agreements.draft(this.mother.bandung());
			notFound(post("/agreements/{id}", draft.getId()).param("title", "Diubah dari Semarang")
				.param("version", String.valueOf(draft.getVersion())));
			assertThat(reload(draft).getTitle()).isEqualTo(draft.getTitle());
		});
		replays.put("POST /agreements/{id}/ready", () -> {
			Agreement draft = this.agreements.draft(this.mother.bandung());
			notFound(
					post("/agreements/{id}/ready", draft.getId()).param("version", String.valueOf(draft.getVersion())));
			assertThat(reload(draft).getReadyAt()).isNull();
		});
		replays.put("POST /agreements/{id}/signatures", () -> {
			Agreement ready = this.agreements.ready(this.mother.bandung());
			notFound(post("/agreements/{id}/signatures", ready.getId())
				.param("version", String.valueOf(ready.getVersion()))
				.param("signedOn", "2026-01-01", "2026-01-01"));
			assertThat(reload(ready).getParties()).allSatisfy((p) -> assertThat(p.getSignedOn()).isNull());
		});
		replays.put("POST /agreements/{id}/scans", () -> {
			Agreement ready = this.agreements.ready(this.mother.bandung());
			notFound(multipart("/agreements/{id}/scans", ready.getId())
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", AgreementMother.PDF)));
			assertThat(this.mother.as(this.mother.bandung(), () -> this.service.scans(ready.getId()))).isEmpty();
		});
		replays.put("GET /agreements/{id}/scans/{otherId}", () -> {
			Agreement ready = this.agreements.ready(this.mother.bandung());
			ScanInfo scan = this.mother.as(this.mother.bandung(), () -> this.service.uploadScan(ready.getId(),
					"scan.pdf", AgreementMother.PDF, DataSize.ofMegabytes(5)));
			notFound(get("/agreements/{id}/scans/{otherId}", ready.getId(), scan.id()));
		});
		replays.put("POST /agreements/{id}/signed", () -> {
			Agreement ready = this.agreements.ready(this.mother.bandung());
			notFound(post("/agreements/{id}/signed", ready.getId()).param("version",
					String.valueOf(ready.getVersion())));
			assertThat(reload(ready).getSignedAt()).isNull();
		});
		replays.put("POST /agreements/{id}/terminate", () -> {
			Agreement draft = this.agreements.draft(this.mother.bandung());
			notFound(post("/agreements/{id}/terminate", draft.getId())
				.param("version", String.valueOf(draft.getVersion()))
				.param("terminatedOn", "2026-01-01")
				.param("reason", "Dari Semarang"));
			assertThat(reload(draft).getTerminatedOn()).isNull();
		});
		replays.put("POST /agreements/{id}/renew", () -> {
			Agreement signed = this.agreements.signed(this.mother.bandung(),
					this.mother.partnership(this.mother.bandung()), java.time.LocalDate.of(2025, 1, 1));
			notFound(
					post("/agreements/{id}/renew", signed.getId()).param("version", String.valueOf(signed.getVersion()))
						.param("renewal", "EXTENSION")
						.param("effectiveFrom", "2026-01-01")
						.param("effectiveUntil", "2026-12-31"));
			assertThat(this.mother.as(this.mother.bandung(), () -> this.service.renewals(signed.getId()))).isEmpty();
		});
		replays.put("GET /agreements/{id}/compare",
				() -> notFound(get("/agreements/{id}/compare", this.agreements.draft(this.mother.bandung()).getId())));
		replays.put("POST /agreements/{id}/versions/{otherId}/sent", () -> {
			Agreement draft = this.agreements.draft(this.mother.bandung());
			var version = this.mother.as(this.mother.bandung(), () -> this.service.versions(draft.getId())).get(0);
			notFound(post("/agreements/{id}/versions/{otherId}/sent", draft.getId(), version.getId())
				.param("sentOn", "2026-01-01")
				.param("sentTo", "Dari Semarang"));
			assertThat(this.mother.as(this.mother.bandung(), () -> this.service.versions(draft.getId()))
				.get(0)
				.getSentOn()).isNull();
		});
	}

}
