package id.jejaring.identity;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.ActivityStatus;
import id.jejaring.workplan.EvidenceStatus;
import id.jejaring.workplan.IndicatorDetails;
import id.jejaring.workplan.IndicatorMeasure;
import id.jejaring.workplan.PlanImplementation;
import id.jejaring.workplan.WorkPlans;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the implementation pages and API (issue 7):
 * the manager of LKP Cipta Karya (Semarang) on a plan of LKP Terampil Mandiri (Bandung),
 * with input that would be accepted for their own; the answer is 404 and the activity,
 * its evidence and the indicator's actuals are unchanged.
 */
final class ImplementationReplays {

	static final String OUTSIDER = "pengelola.semarang";

	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final PartnershipMother mother;

	private final WorkPlans plans;

	private final PlanImplementation implementation;

	ImplementationReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(PartnershipMother.class);
		this.plans = beans.getBean(WorkPlans.class);
		this.implementation = beans.getBean(PlanImplementation.class);
	}

	/** A Bandung plan with an activity, its evidence, an indicator and one actual. */
	private Fixture fixture() {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		UUID id = partnership.getId();
		return this.mother.as(bandung, () -> {
			var indicator = this.plans.addIndicator(id,
					new IndicatorDetails(IndicatorMeasure.GRADUATES_PLACED, null, null, 5, 20, null));
			var activity = this.plans.addActivity(id, new ActivityDetails("Magang", NeedAspect.JOINT_PROGRAM, null,
					LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31), "Bandung", 1_000_000, null));
			var evidence = this.implementation.submitEvidence(id, activity.getId(), "bukti.pdf", PDF,
					DataSize.ofMegabytes(5), "Daftar hadir");
			var actual = this.implementation.recordActual(id, indicator.getId(), java.time.YearMonth.of(2026, 2), 3,
					null);
			return new Fixture(id, indicator.getId(), activity.getId(), evidence.getId(), actual.getId());
		});
	}

	private record Fixture(UUID partnership, UUID indicator, UUID activity, UUID evidence, UUID actual) {
	}

	private void notFound(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
	}

	private void unchanged(Fixture f, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		notFound(request);
		PlanImplementation.View view = this.mother.as(this.mother.bandung(),
				() -> this.implementation.view(f.partnership()));
		assertThat(view.plan().getActivities()).singleElement().satisfies((a) -> {
			assertThat(a.getStatus()).isEqualTo(ActivityStatus.PLANNED);
			assertThat(a.getProgress()).isZero();
		});
		assertThat(view.evidence()).singleElement()
			.satisfies((e) -> assertThat(e.getStatus()).isEqualTo(EvidenceStatus.SUBMITTED));
		assertThat(view.actuals()).singleElement().satisfies((a) -> assertThat(a.getValue()).isEqualTo(3));
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		String base = "/partnerships/{id}";
		replays.put("GET " + base + "/implementation",
				() -> notFound(get(base + "/implementation", fixture().partnership())));
		replays.put("GET " + base + "/work-plan/export.pdf",
				() -> notFound(get(base + "/work-plan/export.pdf", fixture().partnership())));
		replays.put("POST " + base + "/activities/{otherId}/status", () -> {
			Fixture f = fixture();
			unchanged(f,
					post(base + "/activities/{otherId}/status", f.partnership(), f.activity()).param("version", "0")
						.param("status", "DONE")
						.param("progress", "100"));
		});
		replays.put("POST " + base + "/activities/{otherId}/evidence", () -> {
			Fixture f = fixture();
			unchanged(f, multipart(base + "/activities/{otherId}/evidence", f.partnership(), f.activity())
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)));
		});
		replays.put("GET " + base + "/evidence/{otherId}", () -> {
			Fixture f = fixture();
			notFound(get(base + "/evidence/{otherId}", f.partnership(), f.evidence()));
		});
		replays.put("POST " + base + "/evidence/{otherId}/verify", () -> {
			Fixture f = fixture();
			unchanged(f,
					post(base + "/evidence/{otherId}/verify", f.partnership(), f.evidence()).param("version", "0"));
		});
		replays.put("POST " + base + "/evidence/{otherId}/return", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/evidence/{otherId}/return", f.partnership(), f.evidence()).param("version", "0")
				.param("reason", "Dari Semarang"));
		});
		replays.put("POST " + base + "/indicators/{otherId}/actuals", () -> {
			Fixture f = fixture();
			unchanged(f,
					post(base + "/indicators/{otherId}/actuals", f.partnership(), f.indicator())
						.param("period", "2026-02")
						.param("value", "99"));
		});
		replays.put("POST " + base + "/actuals/{otherId}/delete", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/actuals/{otherId}/delete", f.partnership(), f.actual()));
		});
		String api = "/api/v1/partnerships/{id}";
		replays.put("GET " + api + "/implementation",
				() -> notFound(get(api + "/implementation", fixture().partnership())));
		replays.put("GET " + api + "/evidence", () -> notFound(get(api + "/evidence", fixture().partnership())));
		replays.put("GET " + api + "/actuals", () -> notFound(get(api + "/actuals", fixture().partnership())));
		replays.put("PUT " + api + "/activities/{otherId}/status", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(api + "/activities/{otherId}/status", f.partnership(), f.activity()),
					"{\"version\":0,\"status\":\"DONE\",\"progress\":100}"));
		});
		replays.put("POST " + api + "/activities/{otherId}/evidence", () -> {
			Fixture f = fixture();
			unchanged(f, multipart(api + "/activities/{otherId}/evidence", f.partnership(), f.activity())
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)));
		});
		replays.put("GET " + api + "/evidence/{otherId}", () -> {
			Fixture f = fixture();
			notFound(get(api + "/evidence/{otherId}", f.partnership(), f.evidence()));
		});
		replays.put("POST " + api + "/evidence/{otherId}/verify", () -> {
			Fixture f = fixture();
			unchanged(f,
					json(post(api + "/evidence/{otherId}/verify", f.partnership(), f.evidence()), "{\"version\":0}"));
		});
		replays.put("POST " + api + "/evidence/{otherId}/return", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(api + "/evidence/{otherId}/return", f.partnership(), f.evidence()),
					"{\"version\":0,\"reason\":\"Dari Semarang\"}"));
		});
		replays.put("PUT " + api + "/indicators/{otherId}/actuals", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(api + "/indicators/{otherId}/actuals", f.partnership(), f.indicator()),
					"{\"period\":\"2026-02\",\"value\":99}"));
		});
	}

	private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
			String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
