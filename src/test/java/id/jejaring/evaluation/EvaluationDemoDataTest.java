package id.jejaring.evaluation;

import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.PartnerEvaluationScores;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo: the BLK partnership's first cycle has quarterly records and a joint
 * evaluation by the institution, Disnaker and the BLK; its second cycle, in monitoring
 * and evaluation, has records but no joint evaluation and shows as due; the cooperative's
 * and HARPI's partnerships have theirs, and the ratings reach the partner scores.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class EvaluationDemoDataTest {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Monitoring monitoring;

	@Autowired
	JointEvaluations evaluations;

	@Autowired
	PartnerEvaluationScores scores;

	@Test
	void theDemoPartnershipsHaveTheirMonitoringAndEvaluations() {
		UUID bandung = this.mother.bandung();
		this.mother.as(bandung, () -> {
			Partnership first = find(EvaluationDemoData.BLK, 1);
			assertThat(this.monitoring.records(first.getId())).hasSize(4)
				.allSatisfy((r) -> assertThat(r.getFollowUps()).isNotEmpty());
			EvaluationSummary summary = this.evaluations.summary(first.getId());
			assertThat(summary.joint()).isTrue();
			assertThat(summary.parties()).hasSize(3);
			assertThat(summary.parties().stream().filter(EvaluationSummary.PartyAnswers::onBehalf)).hasSize(2);
			assertThat(summary.principles()).hasSize(Principle.values().length);

			Partnership second = find(EvaluationDemoData.BLK, 2);
			assertThat(second.getStage()).isEqualTo(Stage.MONITORING_EVALUATION);
			assertThat(this.monitoring.records(second.getId())).isNotEmpty();
			assertThat(this.evaluations.summary(second.getId()).joint()).isFalse();
			assertThat(this.monitoring.attention().evaluationsDue())
				.anySatisfy((d) -> assertThat(d.partnershipId()).isEqualTo(second.getId()));

			for (String title : List.of(EvaluationDemoData.MARKETING, EvaluationDemoData.BRIDAL)) {
				Partnership p = find(title, 1);
				assertThat(this.monitoring.records(p.getId())).as(title).isNotEmpty();
				assertThat(this.evaluations.summary(p.getId()).joint()).as(title).isTrue();
			}
			UUID[] partners = this.evaluations.partyNames(first.getId())
				.keySet()
				.stream()
				.filter(java.util.Objects::nonNull)
				.toArray(UUID[]::new);
			assertThat(partners).hasSize(2);
			assertThat(this.scores.averageByPartner()).containsKeys(partners);
			return null;
		});
	}

	@Test
	void theDemoPagesShowTheAnswersAndTheRecords() throws Exception {
		UUID bandung = this.mother.bandung();
		Partnership first = this.mother.as(bandung, () -> find(EvaluationDemoData.BLK, 1));
		Partnership second = this.mother.as(bandung, () -> find(EvaluationDemoData.BLK, 2));
		var manager = id.jejaring.SignedIn.as(this.users, "pengelola.bandung");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/partnerships/{id}/evaluation", first.getId())
				.with(manager))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Evaluasi bersama lengkap"),
						org.hamcrest.Matchers.containsString("Jadwal praktik bentrok"))));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/partnerships/{id}/monitoring/page", first.getId())
				.with(manager))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Triwulan III 2025")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/evaluations/attention")
				.with(manager))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/partnerships/" + second.getId() + "/evaluation")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/partnerships/{id}/evaluation/form", second.getId())
				.param("party", "institution")
				.with(manager))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("capaian")));
	}

	private Partnership find(String title, int cycle) {
		return this.partnerships.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
			.stream()
			.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
			.findFirst()
			.orElseThrow();
	}

}
