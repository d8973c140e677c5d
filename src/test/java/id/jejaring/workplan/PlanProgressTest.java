package id.jejaring.workplan;

import java.time.LocalDate;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The read contract of the plan's progress. */
@SpringBootTest
class PlanProgressTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Test
	void noPlanGivesEmptyLists() {
		var bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		PlanProgress progress = this.mother.as(bandung, () -> this.plans.progress(partnership.getId()));
		assertThat(progress.partnershipId()).isEqualTo(partnership.getId());
		assertThat(progress.cycle()).isEqualTo(partnership.getCycle());
		assertThat(progress.objectives()).isEmpty();
		assertThat(progress.activities()).isEmpty();
		assertThat(progress.indicators()).isEmpty();
	}

	@Test
	void aPlannedActivityPastItsEndIsLateAndIndicatorsStartAtZero() {
		var bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		var id = partnership.getId();
		this.mother.as(bandung, () -> this.plans.addObjective(id, new ObjectiveDetails("Lulusan terserap", null)));
		this.mother.as(bandung, () -> this.plans.addIndicator(id,
				new IndicatorDetails(IndicatorMeasure.FUNDS_RECEIVED, null, null, 0, 5_000_000, null)));
		this.mother.as(bandung, () -> this.plans.addActivity(id, new ActivityDetails("Pelatihan lama", NeedAspect.STAFF,
				null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), null, 1_000_000, null)));
		PlanProgress progress = this.mother.as(bandung, () -> this.plans.progress(id));
		assertThat(progress.objectives()).containsExactly("Lulusan terserap");
		assertThat(progress.activities()).singleElement().satisfies((a) -> {
			assertThat(a.status()).isEqualTo(ActivityStatus.LATE);
			assertThat(a.progress()).isZero();
			assertThat(a.evidenceCount()).isZero();
			assertThat(a.ranToPlan()).isFalse();
		});
		assertThat(progress.indicators()).singleElement().satisfies((i) -> {
			assertThat(i.actual()).isZero();
			assertThat(i.rupiah()).isTrue();
			assertThat(i.reached()).isFalse();
		});
	}

}
