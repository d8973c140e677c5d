package id.jejaring.identity;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.Agreements;
import id.jejaring.followup.CycleDecision;
import id.jejaring.followup.DecisionDetails;
import id.jejaring.followup.DecisionOutcome;
import id.jejaring.followup.FollowUps;
import id.jejaring.followup.ImprovementAction;
import id.jejaring.followup.ImprovementActionDetails;
import id.jejaring.followup.ImprovementStatus;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.workplan.WorkPlanCarryOver;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the improvement and follow-up pages and API
 * (issue 7, stages 10-11): the manager of LKP Cipta Karya (Semarang) on a Bandung
 * partnership at follow-up with an action and a decision to continue, with input that
 * would be accepted for their own; the answer is 404 and nothing changed.
 */
final class FollowUpReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final PartnershipMother mother;

	private final FollowUps service;

	private final Partnerships partnerships;

	private final Agreements agreements;

	private final UserDetailsService users;

	FollowUpReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.mother = beans.getBean(PartnershipMother.class);
		this.service = beans.getBean(FollowUps.class);
		this.partnerships = beans.getBean(Partnerships.class);
		this.agreements = beans.getBean(Agreements.class);
		this.users = beans.getBean(UserDetailsService.class);
	}

	private record Fixture(UUID partnership, UUID action, UUID owner, long version) {
	}

	/**
	 * A Bandung partnership at follow-up with one open action and a decision to continue.
	 */
	private Fixture fixture() {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.FOLLOW_UP);
		UUID id = partnership.getId();
		UUID owner = ((JejaringUser) this.users.loadUserByUsername("staf.bandung")).id();
		ImprovementAction action = this.mother.as(bandung, () -> this.service.addAction(id,
				new ImprovementActionDetails("Desain tas baru", owner, LocalDate.of(2026, 12, 15), null, null)));
		CycleDecision decision = this.mother.as(bandung, "ROLE_MANAGER",
				() -> this.service.decide(id, 0, new DecisionDetails(DecisionOutcome.CONTINUE, null)));
		assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.CONTINUE);
		return new Fixture(id, action.getId(), owner,
				this.mother.as(bandung, () -> this.partnerships.get(id)).getVersion());
	}

	private void notFound(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.signedIn.as(OUTSIDER))).andExpect(status().isNotFound());
	}

	/**
	 * The outsider's request answers 404 and the partnership, its action and its decision
	 * are as they were.
	 */
	private void unchanged(Fixture f, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		notFound(request);
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.as(bandung, () -> this.partnerships.get(f.partnership()));
		assertThat(partnership.getStatus()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(partnership.getStage()).isEqualTo(Stage.FOLLOW_UP);
		assertThat(this.mother.as(bandung, () -> this.partnerships.nextCycle(f.partnership()))).isEmpty();
		assertThat(this.mother.as(bandung, () -> this.service.actions(f.partnership()))).singleElement()
			.satisfies((a) -> {
				assertThat(a.getDescription()).isEqualTo("Desain tas baru");
				assertThat(a.getStatus()).isEqualTo(ImprovementStatus.OPEN);
			});
		assertThat(this.mother.as(bandung, () -> this.service.decision(f.partnership())).orElseThrow().getOutcome())
			.isEqualTo(DecisionOutcome.CONTINUE);
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		String base = "/partnerships/{id}/follow-up";
		replays.put("GET " + base, () -> notFound(get(base, fixture().partnership())));
		replays.put("GET " + base + "/page", () -> notFound(get(base + "/page", fixture().partnership())));
		replays.put("POST " + base + "/actions", () -> {
			Fixture f = fixture();
			unchanged(f, action(post(base + "/actions", f.partnership()), f, "0"));
		});
		replays.put("POST " + base + "/actions/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, action(post(base + "/actions/{otherId}", f.partnership(), f.action()), f, "0"));
		});
		replays.put("POST " + base + "/actions/{otherId}/status", () -> {
			Fixture f = fixture();
			unchanged(f, post(base + "/actions/{otherId}/status", f.partnership(), f.action()).param("version", "0")
				.param("status", "DONE"));
		});
		replays.put("POST " + base + "/decision", () -> {
			Fixture f = fixture();
			unchanged(f,
					post(base + "/decision", f.partnership()).param("version", "0")
						.param("outcome", "STOP")
						.param("reason", "Dari Semarang"));
		});
		replays.put("GET /partnerships/{id}/next-cycle",
				() -> notFound(get("/partnerships/{id}/next-cycle", fixture().partnership())));
		replays.put("POST /partnerships/{id}/next-cycle", () -> {
			Fixture f = fixture();
			unchanged(f, post("/partnerships/{id}/next-cycle", f.partnership()).param("version", "" + f.version())
				.param("year", "2027"));
		});
		replays.put("POST /partnerships/{id}/renewals", () -> {
			Renewal r = renewal();
			notFound(post("/partnerships/{id}/renewals", r.next()).param("agreementId", r.agreement().toString())
				.param("version", "" + r.version())
				.param("renewal", "EXTENSION")
				.param("effectiveFrom", "2027-01-01")
				.param("effectiveUntil", "2027-12-31"));
			renewalUnchanged(r);
		});
		addApiTo(replays);
	}

	private void addApiTo(Map<String, TenantIsolationTest.Replay> replays) {
		String base = "/api/v1/partnerships/{id}/follow-up";
		replays.put("GET " + base, () -> notFound(get(base, fixture().partnership())));
		replays.put("POST " + base + "/actions", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(base + "/actions", f.partnership()), actionJson(f)));
		});
		replays.put("PUT " + base + "/actions/{otherId}", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/actions/{otherId}", f.partnership(), f.action()), actionJson(f)));
		});
		replays.put("PUT " + base + "/decision", () -> {
			Fixture f = fixture();
			unchanged(f, json(put(base + "/decision", f.partnership()),
					"{\"version\":0,\"outcome\":\"STOP\",\"reason\":\"Dari Semarang\"}"));
		});
		replays.put("POST " + base + "/next-cycle", () -> {
			Fixture f = fixture();
			unchanged(f, json(post(base + "/next-cycle", f.partnership()),
					"{\"version\":" + f.version() + ",\"year\":2027}"));
		});
		replays.put("POST " + base + "/renewals", () -> {
			Renewal r = renewal();
			notFound(json(post(base + "/renewals", r.next()),
					"{\"agreementId\":\"" + r.agreement() + "\",\"version\":" + r.version()
							+ ",\"renewal\":\"EXTENSION\",\"effectiveFrom\":\"2027-01-01\","
							+ "\"effectiveUntil\":\"2027-12-31\"}"));
			renewalUnchanged(r);
		});
	}

	private record Renewal(UUID next, UUID agreement, long version) {
	}

	/** A Bandung next cycle whose previous cycle has a signed MoU to renew. */
	private Renewal renewal() {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.FOLLOW_UP);
		Agreement mou = new AgreementMother(this.mother, this.agreements).signed(bandung, partnership,
				LocalDate.of(2026, 1, 1));
		UUID id = partnership.getId();
		Partnership next = this.mother.as(bandung, "ROLE_MANAGER", () -> {
			this.service.decide(id, 0, new DecisionDetails(DecisionOutcome.CONTINUE, null));
			return this.service.startNextCycle(id, this.partnerships.get(id).getVersion(), 2027,
					new WorkPlanCarryOver.Selection(java.util.Set.of(), java.util.List.of(), java.util.Set.of()));
		});
		return new Renewal(next.getId(), mou.getId(), mou.getVersion());
	}

	private void renewalUnchanged(Renewal r) {
		assertThat(this.mother.as(this.mother.bandung(), () -> this.service.renewable(r.next())))
			.extracting(Agreement::getId)
			.containsExactly(r.agreement());
	}

	private static AbstractMockHttpServletRequestBuilder<?> action(AbstractMockHttpServletRequestBuilder<?> request,
			Fixture f, String version) {
		return request.param("version", version)
			.param("description", "Dari Semarang")
			.param("ownerId", f.owner().toString())
			.param("dueOn", "2027-01-31")
			.param("status", "DONE");
	}

	private static String actionJson(Fixture f) {
		return "{\"version\":0,\"description\":\"Dari Semarang\",\"ownerId\":\"" + f.owner()
				+ "\",\"dueOn\":\"2027-01-31\",\"status\":\"DONE\"}";
	}

	private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
			String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
