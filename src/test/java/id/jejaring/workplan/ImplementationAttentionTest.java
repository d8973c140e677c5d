package id.jejaring.workplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Stage;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's view of the implementation: late and due activities, evidence awaiting
 * verification and indicators behind target across the active partnerships, in the same
 * number of queries however many partnerships there are.
 */
@SpringBootTest
class ImplementationAttentionTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Autowired
	PlanImplementation implementation;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/**
	 * A partnership whose plan has a late activity with evidence and an indicator behind.
	 */
	Partnership withPlan(UUID bandung) {
		Partnership partnership = this.mother.atStage(bandung, Stage.IMPLEMENTATION);
		UUID id = partnership.getId();
		LocalDate today = this.implementation.today();
		this.mother.as(bandung, () -> {
			PlanActivity late = this.plans.addActivity(id, new ActivityDetails("Pelatihan tata boga angkatan 1",
					NeedAspect.STAFF, null, today.minusDays(60), today.minusDays(5), null, 0, null));
			this.plans.addActivity(id, new ActivityDetails("Uji kompetensi tata boga", NeedAspect.JOINT_PROGRAM, null,
					today.plusDays(1), today.plusDays(7), null, 0, null));
			PlanIndicator indicator = this.plans.addIndicator(id,
					new IndicatorDetails(IndicatorMeasure.PARTICIPANTS_TRAINED, null, null, 0, 100, null));
			this.implementation.recordActual(id, indicator.getId(), YearMonth.from(today), 5, null);
			this.implementation.submitEvidence(id, late.getId(), "hadir.pdf", ImplementationWebTest.PDF,
					DataSize.ofMegabytes(5), "Daftar hadir tata boga");
			return null;
		});
		return partnership;
	}

	long statements(UUID bandung) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean was = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			this.mother.as(bandung, () -> this.implementation.attention(1000));
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(was);
		}
	}

	@Test
	void attentionListsEachKindInAFixedNumberOfQueries() {
		UUID bandung = this.mother.bandung();
		Partnership first = withPlan(bandung);
		PlanImplementation.Attention attention = this.mother.as(bandung, () -> this.implementation.attention(1000));
		assertThat(attention.late()).anySatisfy((r) -> {
			assertThat(r.partnershipId()).isEqualTo(first.getId());
			assertThat(r.description()).isEqualTo("Pelatihan tata boga angkatan 1");
		});
		assertThat(attention.dueSoon()).anySatisfy((r) -> assertThat(r.partnershipId()).isEqualTo(first.getId()));
		assertThat(attention.awaitingVerification())
			.anySatisfy((r) -> assertThat(r.partnershipId()).isEqualTo(first.getId()));
		assertThat(attention.behindTarget()).anySatisfy((r) -> {
			assertThat(r.partnershipId()).isEqualTo(first.getId());
			assertThat(r.actual()).isEqualTo(5);
		});

		// a plan not yet being carried out is not listed
		Partnership drafting = this.mother.partnership(bandung);
		this.mother.as(bandung, () -> this.plans.addActivity(drafting.getId(), new ActivityDetails("Belum dilaksanakan",
				NeedAspect.STAFF, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), null, 0, null)));
		assertThat(this.mother.as(bandung, () -> this.implementation.attention(1000)).late())
			.noneSatisfy((r) -> assertThat(r.partnershipId()).isEqualTo(drafting.getId()));

		long before = statements(bandung);
		withPlan(bandung);
		withPlan(bandung);
		assertThat(statements(bandung)).isEqualTo(before);
	}

	@Test
	void returnedEvidenceDoesNotCountAsEvidence() {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.IMPLEMENTATION);
		UUID id = partnership.getId();
		PlanActivity activity = this.mother.as(bandung, () -> {
			LocalDate today = this.implementation.today();
			int days = this.implementation.missingEvidenceDays();
			PlanActivity a = this.plans.addActivity(id, new ActivityDetails("Lokakarya kurikulum industri",
					NeedAspect.STAFF, null, today.minusDays(days + 40), today.minusDays(days + 10), null, 0, null));
			ActivityEvidence e = this.implementation.submitEvidence(id, a.getId(), "hadir.pdf",
					ImplementationWebTest.PDF, DataSize.ofMegabytes(5), "Daftar hadir lokakarya");
			this.implementation.sendBack(id, e.getId(), e.getVersion(), "Daftar hadir tidak terbaca");
			return a;
		});
		PlanImplementation.Attention attention = this.mother.as(bandung, () -> this.implementation.attention(1000));
		assertThat(attention.missingEvidence())
			.anySatisfy((r) -> assertThat(r.activityId()).isEqualTo(activity.getId()));
		PlanImplementation.View view = this.mother.as(bandung, () -> this.implementation.view(id));
		PlanActivity shown = view.plan()
			.getActivities()
			.stream()
			.filter((a) -> a.getId().equals(activity.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(view.missingEvidence(shown)).isTrue();
	}

}
