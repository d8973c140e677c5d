package id.jejaring.identity;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import id.jejaring.partnership.PartnershipMother;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the partnership report (issue 7): the
 * manager of LKP Cipta Karya (Semarang) asks for the report of a Bandung partnership and
 * is told it does not exist.
 */
final class ReportReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final PartnershipMother mother;

	ReportReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(PartnershipMother.class);
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		replays.put("GET /partnerships/{id}/report.pdf", () -> {
			UUID bandung = this.mother.partnership(this.mother.bandung()).getId();
			this.mvc.perform(get("/partnerships/{id}/report.pdf", bandung).with(this.signedIn.as(OUTSIDER)))
				.andExpect(status().isNotFound());
		});
	}

}
