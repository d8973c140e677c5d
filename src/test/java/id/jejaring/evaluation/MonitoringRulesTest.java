package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods of a cadence and when a monitoring record is due. */
class MonitoringRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void periodsStartOnTheFirstDayOfTheMonthOrQuarter() {
		assertThat(Cadence.MONTHLY.periodStart(TODAY)).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(Cadence.QUARTERLY.periodStart(TODAY)).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(Cadence.QUARTERLY.periodStart(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(Cadence.QUARTERLY.periodEnd(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(Cadence.QUARTERLY.isPeriodStart(LocalDate.of(2026, 4, 1))).isTrue();
		assertThat(Cadence.QUARTERLY.isPeriodStart(LocalDate.of(2026, 5, 1))).isFalse();
		assertThat(Cadence.MONTHLY.isPeriodStart(LocalDate.of(2026, 5, 1))).isTrue();
		assertThat(Cadence.MONTHLY.isPeriodStart(LocalDate.of(2026, 5, 2))).isFalse();
	}

	@Test
	void withoutAnyRecordTheLastEndedPeriodIsDue() {
		assertThat(MonitoringRules.dueSince(Cadence.QUARTERLY, null, TODAY)).contains(LocalDate.of(2026, 7, 1));
		assertThat(MonitoringRules.dueSince(Cadence.MONTHLY, null, TODAY)).contains(LocalDate.of(2026, 10, 1));
		assertThat(MonitoringRules.periodsMissed(Cadence.QUARTERLY, null, TODAY)).isEqualTo(1);
	}

	@Test
	void aRecordForTheLastEndedPeriodMeansNothingIsDue() {
		assertThat(MonitoringRules.dueSince(Cadence.QUARTERLY, LocalDate.of(2026, 7, 1), TODAY)).isEmpty();
		// the current period has not ended: recording it early is fine too
		assertThat(MonitoringRules.dueSince(Cadence.QUARTERLY, LocalDate.of(2026, 10, 1), TODAY)).isEmpty();
		assertThat(MonitoringRules.periodsMissed(Cadence.QUARTERLY, LocalDate.of(2026, 7, 1), TODAY)).isZero();
	}

	@Test
	void periodsPassedSinceTheLatestRecordAreDue() {
		assertThat(MonitoringRules.dueSince(Cadence.QUARTERLY, LocalDate.of(2026, 1, 1), TODAY))
			.contains(LocalDate.of(2026, 4, 1));
		assertThat(MonitoringRules.periodsMissed(Cadence.QUARTERLY, LocalDate.of(2026, 1, 1), TODAY)).isEqualTo(2);
		assertThat(MonitoringRules.periodsMissed(Cadence.MONTHLY, LocalDate.of(2026, 7, 1), TODAY)).isEqualTo(3);
		// a monthly record after switching from quarterly counts from its own month
		assertThat(MonitoringRules.dueSince(Cadence.MONTHLY, LocalDate.of(2026, 10, 1), TODAY)).isEmpty();
	}

	@Test
	void theFormOffersTheCurrentPeriodAndThoseBeforeIt() {
		List<LocalDate> offered = MonitoringRules.periodsOffered(Cadence.QUARTERLY, TODAY);
		assertThat(offered).hasSize(8).startsWith(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 7, 1));
		assertThat(MonitoringRules.recordable(Cadence.QUARTERLY, LocalDate.of(2026, 10, 1), TODAY)).isTrue();
		assertThat(MonitoringRules.recordable(Cadence.QUARTERLY, LocalDate.of(2027, 1, 1), TODAY)).isFalse();
		assertThat(MonitoringRules.recordable(Cadence.QUARTERLY, LocalDate.of(2026, 11, 1), TODAY)).isFalse();
	}

}
