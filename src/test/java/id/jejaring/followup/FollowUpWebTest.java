package id.jejaring.followup;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.Agreements;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.workplan.PlanIndicator;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The follow-up pages: the card on the partnership's page, improvement actions with the
 * messages beside their fields, the manager's decision (staff refused, a stop without a
 * reason refused beside the field), the next-cycle page from the form to the new cycle's
 * page, and the renewal offer there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpWebTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Autowired
	FollowUps followUps;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Agreements agreements;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	FollowUpFixtures fixtures;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.fixtures = new FollowUpFixtures(this.mother, this.plans, this.followUps, this.users, this.partnerships);
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

	@Test
	void theCardShowsActionsAndTheDecisionFormOnlyToTheManager() throws Exception {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		String card = "/partnerships/" + partnership.getId() + "/follow-up";
		this.mvc.perform(get(card).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Perbaikan dan tindak lanjut (siklus 1, 2026)"),
					containsString("Belum ada tindakan perbaikan."), containsString("data-testid=\"decision-form\""),
					not(containsString("data-testid=\"next-cycle-start\"")))));
		this.mvc.perform(get(card).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"action-form\""),
					not(containsString("data-testid=\"decision-form\"")))));
		this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(staff()))
			.andExpect(content().string(containsString("/partnerships/" + partnership.getId() + "/follow-up\"")));
	}

	@Test
	void anActionFormComesBackWithTheMessagesBesideItsFields() throws Exception {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		String actions = "/partnerships/" + partnership.getId() + "/follow-up/actions";
		this.mvc
			.perform(post(actions).param("version", "0")
				.param("description", "")
				.param("ownerId", "")
				.param("dueOn", "2026-02-31")
				.param("status", "OPEN")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tuliskan tindakan perbaikannya."),
					containsString("Pilih penanggung jawab dari pengelola atau staf lembaga."))));
		this.mvc
			.perform(post(actions).param("version", "0")
				.param("description", "Desain tas baru")
				.param("ownerId", this.fixtures.user("staf.bandung").toString())
				.param("dueOn", "2026-02-31")
				.param("status", "OPEN")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi tanggal tenggat yang benar.")));
		this.mvc
			.perform(post(actions).param("version", "0")
				.param("description", "Desain tas baru")
				.param("ownerId", this.fixtures.user("staf.bandung").toString())
				.param("dueOn", "2026-12-15")
				.param("status", "IN_PROGRESS")
				.param("note", "Dua contoh sudah jadi")
				.with(csrf())
				.with(staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/partnerships/" + partnership.getId() + "#follow-up"));
		ImprovementAction action = this.mother.as(this.bandung, () -> this.followUps.actions(partnership.getId()))
			.get(0);
		assertThat(action.getStatus()).isEqualTo(ImprovementStatus.IN_PROGRESS);
		this.mvc
			.perform(post(actions + "/{otherId}/status", action.getId()).param("version", "" + action.getVersion())
				.param("status", "DONE")
				.with(csrf())
				.with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mother.as(this.bandung, () -> this.followUps.actions(partnership.getId())).get(0).getStatus())
			.isEqualTo(ImprovementStatus.DONE);
		this.mvc
			.perform(get(actions.replace("/actions", "/page")).param("edit", action.getId().toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ubah tindakan perbaikan"),
					containsString("/follow-up/actions/" + action.getId()))));
	}

	@Test
	void theDecisionIsTheManagersAndAStopNeedsItsReason() throws Exception {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		String decision = "/partnerships/" + partnership.getId() + "/follow-up/decision";
		this.mvc.perform(post(decision).param("version", "0").param("outcome", "CONTINUE").with(csrf()).with(staff()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(decision).param("version", "0")
				.param("outcome", "STOP")
				.param("reason", " ")
				.with(csrf())
				.with(manager()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Tuliskan alasan keputusan ini."), containsString("is-invalid"))));
		assertThat(this.fixtures.reload(partnership.getId()).getStatus()).isEqualTo(PartnershipStatus.ACTIVE);
		this.mvc
			.perform(post(decision).param("version", "0")
				.param("outcome", "STOP")
				.param("reason", "Koperasi membubarkan unit usaha tokonya.")
				.with(csrf())
				.with(manager()))
			.andExpect(status().is3xxRedirection());
		Partnership stopped = this.fixtures.reload(partnership.getId());
		assertThat(stopped.getStatus()).isEqualTo(PartnershipStatus.STOPPED);
		assertThat(stopped.getStatusReason()).isEqualTo("Koperasi membubarkan unit usaha tokonya.");
	}

	@Test
	void startingTheNextCycleFromItsPageLeadsToTheNewCycleWithTheRenewalOffer() throws Exception {
		FollowUpFixtures.Plan plan = this.fixtures.withPlan(Stage.FOLLOW_UP);
		UUID id = plan.partnership().getId();
		Agreement mou = new AgreementMother(this.mother, this.agreements).signed(this.bandung, plan.partnership(),
				LocalDate.of(2026, 1, 1));
		String nextCycle = "/partnerships/" + id + "/next-cycle";
		// without a decision the page says why and offers no form
		this.mvc.perform(get(nextCycle).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Belum ada keputusan untuk melanjutkan kemitraan."),
					not(containsString("data-testid=\"next-cycle-form\"")))));
		this.mvc
			.perform(post("/partnerships/{id}/follow-up/decision", id).param("version", "0")
				.param("outcome", "CONTINUE")
				.with(csrf())
				.with(manager()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/partnerships/{id}/follow-up", id).with(staff()))
			.andExpect(content().string(containsString("data-testid=\"next-cycle-start\"")));
		this.mvc.perform(get(nextCycle).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"next-cycle-form\""),
					containsString("Lulusan terserap industri"), containsString("Pelatihan menjahit angkatan 1"),
					containsString("value=\"2027\""), containsString("data-testid=\"evaluation-summary\""))));
		long version = this.fixtures.reload(id).getVersion();
		// a missing new target is refused beside its field, and nothing starts
		this.mvc
			.perform(form(post(nextCycle), plan, version).param("indicators[1].target", "").with(csrf()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi target baru berupa bilangan bulat")));
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.nextCycle(id))).isEmpty();
		MvcResult started = this.mvc.perform(form(post(nextCycle), plan, version).with(csrf()).with(staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partnerships/*"))
			.andReturn();
		Partnership next = this.mother.as(this.bandung, () -> this.partnerships.nextCycle(id)).orElseThrow();
		assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + next.getId());
		assertThat(next.getCycle()).isEqualTo(2);
		assertThat(next.getStage()).isEqualTo(Stage.JOINT_WORK_PLAN);
		assertThat(this.fixtures.reload(id).getStatus()).isEqualTo(PartnershipStatus.COMPLETED);
		WorkPlan carried = this.mother.as(this.bandung, () -> this.plans.current(next.getId())).orElseThrow();
		assertThat(carried.getObjectives()).hasSize(1);
		assertThat(carried.getIndicators()).extracting(PlanIndicator::getTarget).containsExactly(1_500_000L, 12L);
		assertThat(carried.getActivities()).singleElement()
			.satisfies((a) -> assertThat(a.getStartsOn()).isEqualTo(LocalDate.of(2028, 2, 2)));

		// the new cycle's card offers the renewal of the previous cycle's MoU
		this.mvc.perform(get("/partnerships/{id}/follow-up", next.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"renewal-offer\""), containsString(mou.getTitle()),
						containsString("value=\"2027-01-01\""), containsString("value=\"2027-12-31\""))));
		// dates in the wrong order come back beside the field
		this.mvc
			.perform(post("/partnerships/{id}/renewals", next.getId()).param("agreementId", mou.getId().toString())
				.param("version", "" + mou.getVersion())
				.param("renewal", "EXTENSION")
				.param("effectiveFrom", "2027-12-31")
				.param("effectiveUntil", "2027-01-01")
				.with(csrf())
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal akhir tidak boleh sebelum tanggal mulai.")));
		MvcResult renewed = this.mvc
			.perform(post("/partnerships/{id}/renewals", next.getId()).param("agreementId", mou.getId().toString())
				.param("version", "" + mou.getVersion())
				.param("renewal", "EXTENSION")
				.param("effectiveFrom", "2027-01-01")
				.param("effectiveUntil", "2027-12-31")
				.with(csrf())
				.with(staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/agreements/*"))
			.andReturn();
		UUID renewalId = UUID.fromString(renewed.getResponse().getRedirectedUrl().substring("/agreements/".length()));
		Agreement renewal = this.mother.as(this.bandung, () -> this.agreements.get(renewalId));
		assertThat(renewal.getPartnershipId()).isEqualTo(next.getId());
		assertThat(renewal.getPreviousId()).isEqualTo(mou.getId());
		this.mvc.perform(get("/partnerships/{id}/follow-up", next.getId()).with(staff()))
			.andExpect(content().string(not(containsString("data-testid=\"renewal-offer\""))));
	}

	/**
	 * The next-cycle form: the first objective, both indicators (new targets 1.500.000
	 * and 12), the first activity.
	 */
	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			FollowUpFixtures.Plan plan, long version) {
		return request.param("version", "" + version)
			.param("year", "2027")
			.param("objectives[0].id", plan.objective1().toString())
			.param("objectives[0].carry", "true")
			.param("_objectives[0].carry", "on")
			.param("objectives[1].id", plan.objective2().toString())
			.param("_objectives[1].carry", "on")
			.param("indicators[0].id", plan.indicator1().toString())
			.param("indicators[0].carry", "true")
			.param("_indicators[0].carry", "on")
			.param("indicators[0].target", "1.500.000")
			.param("indicators[1].id", plan.indicator2().toString())
			.param("indicators[1].carry", "true")
			.param("_indicators[1].carry", "on")
			.param("indicators[1].target", "12")
			.param("activities[0].id", plan.activity1().toString())
			.param("activities[0].carry", "true")
			.param("_activities[0].carry", "on")
			.param("activities[1].id", plan.activity2().toString())
			.param("_activities[1].carry", "on");
	}

}
