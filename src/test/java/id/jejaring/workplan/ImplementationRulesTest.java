package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Late, missing evidence, behind target and target vs actual, without the database. */
class ImplementationRulesTest {

	static final LocalDate START = LocalDate.of(2026, 3, 1);

	static final LocalDate END = LocalDate.of(2026, 3, 31);

	@Test
	void anOpenActivityIsLateAfterItsEndAndAPlannedOneAfterItsStart() {
		assertThat(ImplementationRules.effectiveStatus(ActivityStatus.RUNNING, START, END, END))
			.isEqualTo(ActivityStatus.RUNNING);
		assertThat(ImplementationRules.effectiveStatus(ActivityStatus.RUNNING, START, END, END.plusDays(1)))
			.isEqualTo(ActivityStatus.LATE);
		assertThat(ImplementationRules.effectiveStatus(ActivityStatus.PLANNED, START, END, START))
			.isEqualTo(ActivityStatus.PLANNED);
		assertThat(ImplementationRules.effectiveStatus(ActivityStatus.PLANNED, START, END, START.plusDays(1)))
			.isEqualTo(ActivityStatus.LATE);
		assertThat(ImplementationRules.effectiveStatus(ActivityStatus.DONE, START, END, END.plusYears(1)))
			.isEqualTo(ActivityStatus.DONE);
		assertThat(ImplementationRules.effectiveStatus(ActivityStatus.CANCELLED, START, END, END.plusYears(1)))
			.isEqualTo(ActivityStatus.CANCELLED);
	}

	@Test
	void evidenceIsMissingOnlyAfterTheWindowAndNeverForACancelledActivity() {
		assertThat(ImplementationRules.missingEvidence(ActivityStatus.DONE, END, null, 0, END.plusDays(14), 14))
			.isFalse();
		assertThat(ImplementationRules.missingEvidence(ActivityStatus.DONE, END, null, 0, END.plusDays(15), 14))
			.isTrue();
		assertThat(ImplementationRules.missingEvidence(ActivityStatus.DONE, END, null, 1, END.plusDays(15), 14))
			.isFalse();
		assertThat(ImplementationRules.missingEvidence(ActivityStatus.CANCELLED, END, null, 0, END.plusDays(60), 14))
			.isFalse();
		// the actual end counts when recorded
		assertThat(ImplementationRules.missingEvidence(ActivityStatus.DONE, END, END.plusDays(10), 0, END.plusDays(20),
				14))
			.isFalse();
		assertThat(ImplementationRules.missingEvidence(ActivityStatus.RUNNING, END, null, 0, END.plusDays(30), 14))
			.isTrue();
	}

	@Test
	void theExpectedFigureGrowsProRataOverTheSpan() {
		// 31 days in March: after 10 days, 10/31 of 31 is expected
		assertThat(ImplementationRules.expectedByNow(31, START, END, START.plusDays(9))).isEqualTo(10);
		assertThat(ImplementationRules.expectedByNow(31, START, END, START.minusDays(1))).isZero();
		assertThat(ImplementationRules.expectedByNow(31, START, END, END)).isEqualTo(31);
		assertThat(ImplementationRules.expectedByNow(31, START, END, END.plusDays(5))).isEqualTo(31);
		assertThat(ImplementationRules.behindTarget(9, 31, START, END, START.plusDays(9))).isTrue();
		assertThat(ImplementationRules.behindTarget(10, 31, START, END, START.plusDays(9))).isFalse();
		assertThat(ImplementationRules.behindTarget(30, 31, START, END, END.plusDays(1))).isTrue();
		assertThat(ImplementationRules.behindTarget(0, 31, START, END, START.minusDays(3))).isFalse();
		// a trillion rupiah does not overflow
		assertThat(ImplementationRules.expectedByNow(WorkPlanRules.MAX_RUPIAH, START, END, START.plusDays(9)))
			.isEqualTo(WorkPlanRules.MAX_RUPIAH * 10 / 31);
	}

	@Test
	void targetVersusActualIsAWholePercentage() {
		assertThat(ImplementationRules.percent(12, 40)).isEqualTo(30);
		assertThat(ImplementationRules.percent(50, 40)).isEqualTo(125);
		assertThat(ImplementationRules.barPercent(50, 40)).isEqualTo(100);
		assertThat(ImplementationRules.percent(0, 0)).isEqualTo(100);
		assertThat(new PlanProgress.Indicator(null, null, "x", "y", 0, 40, 40, false).reached()).isTrue();
		assertThat(new PlanProgress.Indicator(null, null, "x", "y", 0, 40, 39, false).reached()).isFalse();
	}

	@Test
	void ranToPlanMeansDoneByThePlannedEnd() {
		assertThat(activity(ActivityStatus.DONE, END).ranToPlan()).isTrue();
		assertThat(activity(ActivityStatus.DONE, null).ranToPlan()).isTrue();
		assertThat(activity(ActivityStatus.DONE, END.plusDays(1)).ranToPlan()).isFalse();
		assertThat(activity(ActivityStatus.LATE, null).ranToPlan()).isFalse();
	}

	@Test
	void aReportIsCheckedFieldByField() {
		LocalDate today = LocalDate.of(2026, 4, 1);
		var errors = new MapBindingResult(new HashMap<>(), "report");
		ImplementationRules.check(new ActivityReport(ActivityStatus.CANCELLED, 101, today.plusDays(1), today, " "),
				today, errors);
		assertThat(errors.getFieldError("cancelReason").getCode()).isEqualTo("validation.workplan.cancelReason");
		assertThat(errors.getFieldError("progress")).isNotNull();
		assertThat(errors.getFieldError("actualStart").getCode()).isEqualTo("validation.workplan.future");
		assertThat(errors.getFieldError("actualEnd").getCode()).isEqualTo("validation.workplan.endsBeforeStart");
		var late = new MapBindingResult(new HashMap<>(), "report");
		ImplementationRules.check(new ActivityReport(ActivityStatus.LATE, 0, null, null, null), today, late);
		assertThat(late.getFieldError("status")).isNotNull();
		var fine = new MapBindingResult(new HashMap<>(), "report");
		ImplementationRules.check(new ActivityReport(ActivityStatus.DONE, 100, START, END, null), today, fine);
		assertThat(fine.hasErrors()).isFalse();
	}

	private static PlanProgress.Activity activity(ActivityStatus status, LocalDate actualEnd) {
		return new PlanProgress.Activity(null, "Kegiatan", null, START, END, START, actualEnd, status, 100, null, 0, 0,
				0);
	}

}
