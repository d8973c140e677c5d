package id.jejaring.identity;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.ContributionDetails;
import id.jejaring.workplan.ContributionKind;
import id.jejaring.workplan.IndicatorDetails;
import id.jejaring.workplan.IndicatorMeasure;
import id.jejaring.workplan.ObjectiveDetails;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlans;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the work plan pages (issue 7): the manager
 * of LKP Cipta Karya (Semarang) on a plan of LKP Terampil Mandiri (Bandung), with input
 * that would be accepted for their own; the answer is 404 and the plan is unchanged.
 */
final class WorkPlanReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final PartnershipMother mother;

	private final WorkPlans service;

	WorkPlanReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(PartnershipMother.class);
		this.service = beans.getBean(WorkPlans.class);
	}

	/** A Bandung plan with one of everything. */
	private Fixture fixture() {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		UUID id = partnership.getId();
		return this.mother.as(bandung, () -> {
			var objective = this.service.addObjective(id, new ObjectiveDetails("Lulusan terserap", null));
			var indicator = this.service.addIndicator(id,
					new IndicatorDetails(IndicatorMeasure.GRADUATES_PLACED, null, null, 5, 20, null));
			var activity = this.service.addActivity(id, new ActivityDetails("Magang", NeedAspect.JOINT_PROGRAM, null,
					LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31), "Bandung", 1_000_000, null));
			var contribution = this.service.addContribution(id, activity.getId(),
					new ContributionDetails(null, ContributionKind.ROOMS, "Ruang kelas", 500_000));
			return new Fixture(id, objective.getId(), indicator.getId(), activity.getId(), contribution.getId());
		});
	}

	private record Fixture(UUID partnership, UUID objective, UUID indicator, UUID activity, UUID contribution) {
	}

	private void notFound(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
	}

	/**
	 * The outsider's request answers 404 and the plan still holds exactly what it held.
	 */
	private void unchanged(Fixture f, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		notFound(request);
		WorkPlan plan = this.mother.as(this.mother.bandung(), () -> this.service.current(f.partnership()))
			.orElseThrow();
		assertThat(plan.getObjectives()).singleElement()
			.satisfies((o) -> assertThat(o.getText()).isEqualTo("Lulusan terserap"));
		assertThat(plan.getIndicators()).singleElement().satisfies((i) -> assertThat(i.getTarget()).isEqualTo(20));
		assertThat(plan.getActivities()).singleElement().satisfies((a) -> {
			assertThat(a.getDescription()).isEqualTo("Magang");
			assertThat(a.getContributions()).hasSize(1);
		});
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		String base = "/partnerships/{id}/work-plan";
		replays.put("GET " + base, () -> notFound(get(base, fixture().partnership())));
		replays.put("GET " + base + "/page", () -> notFound(get(base + "/page", fixture().partnership())));
		replays.put("GET " + base + "/export.xlsx",
				() -> notFound(get(base + "/export.xlsx", fixture().partnership())));
		replays.put("POST " + base + "/objectives", () -> {
			Fixture f = fixture();
			unchanged(f,
					post(base + "/objectives", f.partnership()).param("text", "Dari Semarang").param("proposedBy", ""));
		});
		replays.put("POST " + base + "/objectives/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f,
					post(base + "/objectives/{otherId}", f.partnership(), f.objective()).param("version", "0")
						.param("text", "Dari Semarang")
						.param("proposedBy", ""));
		});
		replays.put("POST " + base + "/objectives/{otherId}/delete", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/objectives/{otherId}/delete", f.partnership(), f.objective()));
		});
		replays.put("POST " + base + "/indicators", () -> {
			Fixture f = fixture();
			unchanged(f, indicator(post(base + "/indicators", f.partnership())));
		});
		replays.put("POST " + base + "/indicators/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, indicator(post(base + "/indicators/{otherId}", f.partnership(), f.indicator())));
		});
		replays.put("POST " + base + "/indicators/{otherId}/delete", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/indicators/{otherId}/delete", f.partnership(), f.indicator()));
		});
		replays.put("POST " + base + "/activities", () -> {
			Fixture f = fixture();
			unchanged(f, activity(post(base + "/activities", f.partnership())));
		});
		replays.put("POST " + base + "/activities/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, activity(post(base + "/activities/{otherId}", f.partnership(), f.activity())));
		});
		replays.put("POST " + base + "/activities/{otherId}/delete", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/activities/{otherId}/delete", f.partnership(), f.activity()));
		});
		replays.put("POST " + base + "/activities/{otherId}/contributions", () -> {
			Fixture f = fixture();
			unchanged(f,
					post(base + "/activities/{otherId}/contributions", f.partnership(), f.activity()).param("party", "")
						.param("kind", "CASH")
						.param("description", "Dari Semarang")
						.param("value", "1000"));
		});
		replays.put("POST " + base + "/contributions/{otherId}/delete", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/contributions/{otherId}/delete", f.partnership(), f.contribution()));
		});
		addApiTo(replays);
	}

	/** The same through the API: 404 problems, nothing changed. */
	private void addApiTo(Map<String, TenantIsolationTest.Replay> replays) {
		String base = "/api/v1/partnerships/{id}/work-plan";
		replays.put("GET " + base, () -> notFound(get(base, fixture().partnership())));
		replays.put("POST " + base + "/objectives", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(base + "/objectives", f.partnership()), "{\"text\":\"Dari Semarang\"}"));
		});
		replays.put("PUT " + base + "/objectives/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/objectives/{otherId}", f.partnership(), f.objective()),
					"{\"version\":0,\"text\":\"Dari Semarang\"}"));
		});
		replays.put("DELETE " + base + "/objectives/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, delete(base + "/objectives/{otherId}", f.partnership(), f.objective()));
		});
		String indicator = "{\"version\":0,\"measure\":\"JOB_ORDERS\",\"baseline\":0,\"target\":99}";
		replays.put("POST " + base + "/indicators", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(base + "/indicators", f.partnership()), indicator));
		});
		replays.put("PUT " + base + "/indicators/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/indicators/{otherId}", f.partnership(), f.indicator()), indicator));
		});
		replays.put("DELETE " + base + "/indicators/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, delete(base + "/indicators/{otherId}", f.partnership(), f.indicator()));
		});
		String activity = "{\"version\":0,\"description\":\"Dari Semarang\",\"aspect\":\"FUNDS\","
				+ "\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-01-31\",\"budget\":1000}";
		replays.put("POST " + base + "/activities", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(base + "/activities", f.partnership()), activity));
		});
		replays.put("PUT " + base + "/activities/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/activities/{otherId}", f.partnership(), f.activity()), activity));
		});
		replays.put("DELETE " + base + "/activities/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, delete(base + "/activities/{otherId}", f.partnership(), f.activity()));
		});
		replays.put("POST " + base + "/activities/{otherId}/contributions", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(base + "/activities/{otherId}/contributions", f.partnership(), f.activity()),
					"{\"kind\":\"CASH\",\"description\":\"Dari Semarang\",\"value\":1000}"));
		});
		replays.put("DELETE " + base + "/contributions/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, delete(base + "/contributions/{otherId}", f.partnership(), f.contribution()));
		});
	}

	private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
			String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static AbstractMockHttpServletRequestBuilder<?> indicator(
			AbstractMockHttpServletRequestBuilder<?> request) {
		return request.param("version", "0")
			.param("measure", "JOB_ORDERS")
			.param("baseline", "0")
			.param("target", "99")
			.param("proposedBy", "");
	}

	private static AbstractMockHttpServletRequestBuilder<?> activity(AbstractMockHttpServletRequestBuilder<?> request) {
		return request.param("version", "0")
			.param("description", "Dari Semarang")
			.param("aspect", "FUNDS")
			.param("responsible", "")
			.param("startsOn", "2027-01-01")
			.param("endsOn", "2027-01-31")
			.param("budget", "1000")
			.param("proposedBy", "");
	}

}
