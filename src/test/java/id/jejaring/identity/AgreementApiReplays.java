package id.jejaring.identity;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.AgreementVersion;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.ScanInfo;
import id.jejaring.partnership.Partnership;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the agreement API (issue 6): a manager of
 * LKP Cipta Karya (Semarang) on LKP Terampil Mandiri's (Bandung) agreements, versions and
 * scans, with input that would be accepted for their own; the answer is 404 and nothing
 * changes.
 */
final class AgreementApiReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final AgreementMother mother;

	private final Agreements agreements;

	AgreementApiReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(AgreementMother.class);
		this.agreements = beans.getBean(Agreements.class);
	}

	private UUID bandung() {
		return this.mother.partnerships().bandung();
	}

	private <T> T asBandung(Supplier<T> work) {
		return this.mother.partnerships().as(bandung(), work);
	}

	private void notFound(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/**
	 * One partnership for the replays' agreements: each new partnership brings a program
	 * and a need, which other tests list.
	 */
	private Partnership partnership;

	private Partnership partnership() {
		if (this.partnership == null) {
			this.partnership = this.mother.partnerships().partnership(bandung());
		}
		return this.partnership;
	}

	private Agreement draft() {
		return this.mother.draft(bandung(), partnership(), AgreementKind.MOU, null);
	}

	private Agreement ready() {
		Agreement draft = draft();
		return asBandung(() -> this.agreements.markReady(draft.getId(), draft.getVersion()));
	}

	private Agreement signed() {
		return this.mother.signed(bandung(), partnership(), LocalDate.of(2026, 1, 1));
	}

	private Agreement reload(Agreement agreement) {
		return asBandung(() -> this.agreements.get(agreement.getId()));
	}

	private AgreementVersion firstVersion(Agreement agreement) {
		return asBandung(() -> this.agreements.versions(agreement.getId()).get(0));
	}

	private ScanInfo scan(Agreement agreement) {
		return asBandung(() -> this.agreements.uploadScan(agreement.getId(), "scan.pdf", AgreementMother.PDF,
				DataSize.ofMegabytes(5)));
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		replays.put("GET /api/v1/agreements/{id}", () -> notFound(get("/api/v1/agreements/{id}", draft().getId())));
		replays.put("PUT /api/v1/agreements/{id}", () -> {
			Agreement draft = draft();
			notFound(json(put("/api/v1/agreements/{id}", draft.getId()),
					"{\"title\":\"Diubah dari Semarang\",\"version\":" + draft.getVersion() + "}"));
			assertThat(reload(draft).getTitle()).isEqualTo(draft.getTitle());
		});
		replays.put("POST /api/v1/agreements/{id}/ready", () -> {
			Agreement draft = draft();
			notFound(json(post("/api/v1/agreements/{id}/ready", draft.getId()),
					"{\"version\":" + draft.getVersion() + "}"));
			assertThat(reload(draft).getReadyAt()).isNull();
		});
		replays.put("POST /api/v1/agreements/{id}/signatures", () -> {
			Agreement ready = ready();
			notFound(json(post("/api/v1/agreements/{id}/signatures", ready.getId()),
					"{\"version\":" + ready.getVersion() + ",\"signedOn\":[\"2026-01-02\",\"2026-01-02\"]}"));
			assertThat(reload(ready).allPartiesSigned()).isFalse();
		});
		replays.put("POST /api/v1/agreements/{id}/signed", () -> {
			Agreement ready = ready();
			notFound(json(post("/api/v1/agreements/{id}/signed", ready.getId()),
					"{\"version\":" + ready.getVersion() + "}"));
			assertThat(reload(ready).getSignedAt()).isNull();
		});
		replays.put("POST /api/v1/agreements/{id}/terminate", () -> {
			Agreement signed = signed();
			notFound(json(post("/api/v1/agreements/{id}/terminate", signed.getId()), "{\"version\":"
					+ signed.getVersion() + ",\"terminatedOn\":\"2026-02-01\",\"reason\":\"Semarang\"}"));
			assertThat(reload(signed).getTerminatedOn()).isNull();
		});
		replays.put("POST /api/v1/agreements/{id}/renew", () -> {
			Agreement signed = signed();
			notFound(json(post("/api/v1/agreements/{id}/renew", signed.getId()), "{\"version\":" + signed.getVersion()
					+ ",\"renewal\":\"EXTENSION\",\"effectiveFrom\":\"2027-01-01\",\"effectiveUntil\":\"2027-12-31\"}"));
			assertThat(asBandung(() -> this.agreements.renewals(signed.getId()))).isEmpty();
		});
		replays.put("GET /api/v1/agreements/{id}/versions",
				() -> notFound(get("/api/v1/agreements/{id}/versions", draft().getId())));
		replays.put("GET /api/v1/agreements/{id}/versions/{otherId}", () -> {
			Agreement draft = draft();
			notFound(get("/api/v1/agreements/{id}/versions/{otherId}", draft.getId(), firstVersion(draft).getId()));
		});
		replays.put("POST /api/v1/agreements/{id}/versions/{otherId}/sent", () -> {
			Agreement draft = draft();
			AgreementVersion version = firstVersion(draft);
			notFound(json(post("/api/v1/agreements/{id}/versions/{otherId}/sent", draft.getId(), version.getId()),
					"{\"sentOn\":\"2026-01-02\",\"sentTo\":\"Semarang\"}"));
			assertThat(firstVersion(draft).getSentOn()).isNull();
		});
		replays.put("GET /api/v1/agreements/{id}/scans",
				() -> notFound(get("/api/v1/agreements/{id}/scans", draft().getId())));
		replays.put("POST /api/v1/agreements/{id}/scans", () -> {
			Agreement draft = draft();
			notFound(multipart("/api/v1/agreements/{id}/scans", draft.getId())
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", AgreementMother.PDF)));
			assertThat(asBandung(() -> this.agreements.scans(draft.getId()))).isEmpty();
		});
		replays.put("GET /api/v1/agreements/{id}/scans/{otherId}", () -> {
			Agreement draft = draft();
			ScanInfo scan = scan(draft);
			notFound(get("/api/v1/agreements/{id}/scans/{otherId}", draft.getId(), scan.id()));
			this.mvc
				.perform(get("/api/v1/agreements/{id}/scans/{otherId}", draft.getId(), scan.id())
					.with(this.signedIn.as("staf.bandung")))
				.andExpect(status().isOk());
		});
		replays.put("POST /api/v1/partnerships/{id}/agreements", () -> {
			Partnership partnership = this.mother.partnerships().partnership(bandung());
			notFound(json(post("/api/v1/partnerships/{id}/agreements", partnership.getId()), "{\"kind\":\"MOU\"}"));
			assertThat(asBandung(() -> this.agreements.forPartnership(partnership.getId()))).isEmpty();
		});
	}

}
