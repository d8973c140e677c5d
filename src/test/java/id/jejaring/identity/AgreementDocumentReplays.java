package id.jejaring.identity;

import java.util.Map;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.Agreements;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the agreement document downloads (issue 6):
 * a manager of LKP Cipta Karya (Semarang) asks for LKP Terampil Mandiri's (Bandung)
 * documents and gets 404, while Bandung's own staff get the file.
 */
final class AgreementDocumentReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final AgreementMother mother;

	private final Agreements agreements;

	AgreementDocumentReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(AgreementMother.class);
		this.agreements = beans.getBean(Agreements.class);
	}

	private Agreement agreement() {
		return this.mother.ready(this.mother.partnerships().bandung());
	}

	private UUID firstVersion(Agreement agreement) {
		return this.mother.partnerships()
			.as(agreement.getInstitutionId(), () -> this.agreements.versions(agreement.getId()))
			.get(0)
			.getId();
	}

	/** 404 for the outsider; the same request answers Bandung's staff. */
	private void notFoundOutside(String url, Object... ids) throws Exception {
		this.mvc.perform(get(url, ids).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
		this.mvc.perform(get(url, ids).with(this.signedIn.as("staf.bandung"))).andExpect(status().isOk());
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		replays.put("GET /agreements/{id}/document.pdf",
				() -> notFoundOutside("/agreements/{id}/document.pdf", agreement().getId()));
		replays.put("GET /agreements/{id}/document.docx",
				() -> notFoundOutside("/agreements/{id}/document.docx", agreement().getId()));
		replays.put("GET /agreements/{id}/versions/{otherId}/document.pdf", () -> {
			Agreement agreement = agreement();
			notFoundOutside("/agreements/{id}/versions/{otherId}/document.pdf", agreement.getId(),
					firstVersion(agreement));
		});
	}

}
