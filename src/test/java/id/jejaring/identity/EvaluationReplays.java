package id.jejaring.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.evaluation.Cadence;
import id.jejaring.evaluation.EvaluationDetails;
import id.jejaring.evaluation.EvaluationSummary;
import id.jejaring.evaluation.JointEvaluations;
import id.jejaring.evaluation.Monitoring;
import id.jejaring.evaluation.MonitoringDetails;
import id.jejaring.evaluation.MonitoringRecord;
import id.jejaring.evaluation.Principle;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Stage;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of monitoring and the joint evaluation (issue
 * 7): the manager of LKP Cipta Karya (Semarang) on a partnership of LKP Terampil Mandiri
 * (Bandung) with one monitoring record (and follow-up) and the institution's answers,
 * with input that would be accepted for their own; the answer is 404 and nothing changes.
 */
final class EvaluationReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final PartnershipMother mother;

	private final Monitoring monitoring;

	private final JointEvaluations evaluations;

	EvaluationReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(PartnershipMother.class);
		this.monitoring = beans.getBean(Monitoring.class);
		this.evaluations = beans.getBean(JointEvaluations.class);
	}

	private Fixture fixture() {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.MONITORING_EVALUATION);
		UUID id = partnership.getId();
		return this.mother.as(bandung, () -> {
			LocalDate period = Cadence.QUARTERLY.periodStart(this.monitoring.today());
			MonitoringRecord record = this.monitoring.add(id,
					new MonitoringDetails(Cadence.QUARTERLY, period, "Praktik berjalan", null, null, null,
							List.of(new MonitoringDetails.FollowUpDetails(null, "Perbaiki mesin", "Kepala bengkel",
									period.plusDays(20), false))));
			this.evaluations.save(id, null, 0,
					new EvaluationDetails(false, "Jadwal bentrok", "Lulusan bekerja",
							java.util.Arrays.stream(Principle.values())
								.map((p) -> new EvaluationDetails.Rating(p, 4, null))
								.toList(),
							List.of()));
			return new Fixture(id, partnership.partnerIds().get(0), record.getId(),
					record.getFollowUps().get(0).getId());
		});
	}

	private record Fixture(UUID partnership, UUID partner, UUID record, UUID followUp) {
	}

	private void notFound(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
	}

	/** The outsider's request answers 404 and the records hold what they held. */
	private void unchanged(Fixture f, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		notFound(request);
		UUID bandung = this.mother.bandung();
		List<MonitoringRecord> records = this.mother.as(bandung, () -> this.monitoring.records(f.partnership()));
		assertThat(records).singleElement().satisfies((r) -> {
			assertThat(r.getProgress()).isEqualTo("Praktik berjalan");
			assertThat(r.getFollowUps()).singleElement().satisfies((x) -> assertThat(x.isDone()).isFalse());
		});
		assertThat(this.mother.as(bandung, () -> this.monitoring.cadence(f.partnership())))
			.isEqualTo(Cadence.QUARTERLY);
		EvaluationSummary summary = this.mother.as(bandung, () -> this.evaluations.summary(f.partnership()));
		assertThat(summary.parties()).singleElement()
			.satisfies((p) -> assertThat(p.hindrances()).isEqualTo("Jadwal bentrok"));
	}

	private AbstractMockHttpServletRequestBuilder<?> record(AbstractMockHttpServletRequestBuilder<?> request,
			Fixture f) {
		return request.param("version", "0")
			.param("periodStart",
					Cadence.QUARTERLY.previous(Cadence.QUARTERLY.periodStart(this.monitoring.today())).toString())
			.param("progress", "Dari Semarang")
			.param("followUps[0].id", "")
			.param("followUps[0].action", "")
			.param("followUps[0].owner", "")
			.param("followUps[0].dueOn", "");
	}

	private static AbstractMockHttpServletRequestBuilder<?> answers(AbstractMockHttpServletRequestBuilder<?> request) {
		request.param("version", "0").param("hindrances", "Dari Semarang").param("benefits", "Dari Semarang");
		Principle[] principles = Principle.values();
		for (int i = 0; i < principles.length; i++) {
			request.param("ratings[" + i + "].principle", principles[i].name()).param("ratings[" + i + "].rating", "1");
		}
		return request;
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		String base = "/partnerships/{id}";
		replays.put("GET " + base + "/monitoring", () -> notFound(get(base + "/monitoring", fixture().partnership())));
		replays.put("GET " + base + "/monitoring/page",
				() -> notFound(get(base + "/monitoring/page", fixture().partnership())));
		replays.put("GET " + base + "/monitoring/new",
				() -> notFound(get(base + "/monitoring/new", fixture().partnership())));
		replays.put("POST " + base + "/monitoring/new", () -> {
			Fixture f = fixture();
			unchanged(f, record(post(base + "/monitoring/new", f.partnership()), f));
		});
		replays.put("GET " + base + "/monitoring/{otherId}", () -> {
			Fixture f = fixture();
			notFound(get(base + "/monitoring/{otherId}", f.partnership(), f.record()));
		});
		replays.put("POST " + base + "/monitoring/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, record(post(base + "/monitoring/{otherId}", f.partnership(), f.record()), f));
		});
		replays.put("POST " + base + "/monitoring/cadence", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/monitoring/cadence", f.partnership()).param("cadence", "MONTHLY"));
		});
		replays.put("POST " + base + "/monitoring/follow-ups/{otherId}/done", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/monitoring/follow-ups/{otherId}/done", f.partnership(), f.followUp()));
		});
		replays.put("GET " + base + "/evaluation", () -> notFound(get(base + "/evaluation", fixture().partnership())));
		replays.put("GET " + base + "/evaluation/form", () -> {
			Fixture f = fixture();
			notFound(get(base + "/evaluation/form", f.partnership()).param("party", "institution"));
		});
		replays.put("POST " + base + "/evaluation/form", () -> {
			Fixture f = fixture();
			unchanged(f, answers(post(base + "/evaluation/form", f.partnership()).param("party", "institution")));
			unchanged(f,
					answers(post(base + "/evaluation/form", f.partnership()).param("party", f.partner().toString())));
		});
		addApiTo(replays);
	}

	private void addApiTo(Map<String, TenantIsolationTest.Replay> replays) {
		String base = "/api/v1/partnerships/{id}";
		replays.put("GET " + base + "/monitoring", () -> notFound(get(base + "/monitoring", fixture().partnership())));
		replays.put("PUT " + base + "/monitoring/cadence", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/monitoring/cadence", f.partnership()), "{\"cadence\":\"MONTHLY\"}"));
		});
		String record = "{\"version\":0,\"periodStart\":\""
				+ Cadence.QUARTERLY.previous(Cadence.QUARTERLY.periodStart(this.monitoring.today()))
				+ "\",\"progress\":\"Dari Semarang\"}";
		replays.put("POST " + base + "/monitoring", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(base + "/monitoring", f.partnership()), record));
		});
		replays.put("PUT " + base + "/monitoring/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/monitoring/{otherId}", f.partnership(), f.record()), record));
		});
		replays.put("PUT " + base + "/monitoring/follow-ups/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/monitoring/follow-ups/{otherId}", f.partnership(), f.followUp()),
					"{\"done\":true}"));
		});
		replays.put("GET " + base + "/evaluation", () -> notFound(get(base + "/evaluation", fixture().partnership())));
		StringBuilder ratings = new StringBuilder();
		for (Principle p : Principle.values()) {
			ratings.append((ratings.length() > 0) ? "," : "").append("{\"principle\":\"" + p + "\",\"rating\":1}");
		}
		String answers = "{\"version\":0,\"hindrances\":\"Dari Semarang\",\"benefits\":\"Dari Semarang\",\"ratings\":["
				+ ratings + "],\"judgments\":[]}";
		replays.put("PUT " + base + "/evaluation/institution", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/evaluation/institution", f.partnership()), answers));
		});
		replays.put("PUT " + base + "/evaluation/partners/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/evaluation/partners/{otherId}", f.partnership(), f.partner()), answers));
		});
	}

	private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
			String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
