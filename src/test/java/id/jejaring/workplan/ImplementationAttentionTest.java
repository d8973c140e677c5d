package id.jejaring.workplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
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
		Partnership partnership = this.mother.partnership(bandung);
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

		long before = statements(bandung);
		withPlan(bandung);
		withPlan(bandung);
		assertThat(statements(bandung)).isEqualTo(before);
	}

}
