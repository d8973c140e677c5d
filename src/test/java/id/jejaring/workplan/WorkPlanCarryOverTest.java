package id.jejaring.workplan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carry-over's rules, without Spring: the new baseline is what the last cycle reached
 * when known, else its target; recurring activities move on by the years between the
 * cycles, one at least (a leap day lands on the 28th).
 */
class WorkPlanCarryOverTest {

	@Test
	void theNewBaselineIsTheActualWhenKnownElseTheOldTarget() {
		assertThat(WorkPlanCarryOver.newBaseline(40, 38L)).isEqualTo(38);
		assertThat(WorkPlanCarryOver.newBaseline(40, null)).isEqualTo(40);
		assertThat(WorkPlanCarryOver.newBaseline(40, 0L)).isZero();
	}

	@Test
	void datesMoveOnByTheYearsBetweenTheCyclesOneAtLeast() {
		assertThat(WorkPlanCarryOver.moved(LocalDate.of(2026, 2, 2), 2026, 2027)).isEqualTo(LocalDate.of(2027, 2, 2));
		assertThat(WorkPlanCarryOver.moved(LocalDate.of(2026, 2, 2), 2026, 2026)).isEqualTo(LocalDate.of(2027, 2, 2));
		assertThat(WorkPlanCarryOver.moved(LocalDate.of(2026, 2, 2), 2026, 2028)).isEqualTo(LocalDate.of(2028, 2, 2));
		assertThat(WorkPlanCarryOver.moved(LocalDate.of(2028, 2, 29), 2028, 2029)).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(WorkPlanCarryOver.moved(null, 2026, 2027)).isNull();
	}

}
