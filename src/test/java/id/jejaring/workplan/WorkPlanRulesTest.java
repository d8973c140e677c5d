package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's rules: dates, amounts, own indicators and the totals each party contributes.
 */
class WorkPlanRulesTest {

	static final LocalDate JAN = LocalDate.of(2027, 1, 10);

	static ActivityDetails activity(LocalDate starts, LocalDate ends, long budget) {
		return new ActivityDetails("Magang", NeedAspect.JOINT_PROGRAM, null, starts, ends, "Bandung", budget, null);
	}

	static Errors errors() {
		return new MapBindingResult(new HashMap<>(), "form");
	}

	@Test
	void anActivityEndsOnOrAfterItsFirstDay() {
		Errors sameDay = errors();
		WorkPlanRules.check(activity(JAN, JAN, 0), sameDay);
		assertThat(sameDay.hasErrors()).isFalse();
		Errors before = errors();
		WorkPlanRules.check(activity(JAN, JAN.minusDays(1), 0), before);
		assertThat(before.getFieldError("endsOn").getCode()).isEqualTo("validation.workplan.endsBeforeStart");
	}

	@Test
	void budgetsAreNotNegativeNorBeyondTheLimit() {
		Errors negative = errors();
		WorkPlanRules.check(activity(JAN, JAN, -1), negative);
		assertThat(negative.getFieldError("budget")).isNotNull();
		Errors huge = errors();
		WorkPlanRules.check(activity(JAN, JAN, WorkPlanRules.MAX_RUPIAH + 1), huge);
		assertThat(huge.getFieldError("budget")).isNotNull();
	}

	@Test
	void anOwnIndicatorNeedsANameAndUnitACatalogueOneDoesNot() {
		Errors own = errors();
		WorkPlanRules.check(new IndicatorDetails(null, " ", null, 0, 10, null), own);
		assertThat(own.getFieldError("name")).isNotNull();
		assertThat(own.getFieldError("unit")).isNotNull();
		Errors catalogue = errors();
		WorkPlanRules.check(new IndicatorDetails(IndicatorMeasure.GRADUATES_PLACED, null, null, 5, 20, null),
				catalogue);
		assertThat(catalogue.hasErrors()).isFalse();
	}

	@Test
	void aContributionIsWorthSomething() {
		Errors zero = errors();
		WorkPlanRules.check(new ContributionDetails(null, ContributionKind.ROOMS, "Ruang kelas", 0), zero);
		assertThat(zero.getFieldError("value")).isNotNull();
	}

	@Test
	void totalsPerPartySeparateCashFromInKindInstitutionFirst() {
		UUID partner = UUID.randomUUID();
		WorkPlan plan = new WorkPlan(UUID.randomUUID(), 1);
		PlanActivity first = plan.addActivity(activity(JAN, JAN, 10_000_000));
		first.addContribution(new ContributionDetails(partner, ContributionKind.CASH, "Honor", 2_500_000));
		first.addContribution(new ContributionDetails(partner, ContributionKind.EQUIPMENT, "Mesin jahit", 6_000_000));
		first.addContribution(new ContributionDetails(null, ContributionKind.ROOMS, "Ruang praktik", 1_500_000));
		PlanActivity second = plan.addActivity(activity(JAN, JAN.plusDays(30), 4_000_000));
		second.addContribution(new ContributionDetails(null, ContributionKind.CASH, "Konsumsi", 750_000));

		List<WorkPlanRules.PartyTotal> totals = plan.totalsPerParty();

		assertThat(totals).containsExactly(new WorkPlanRules.PartyTotal(null, 750_000, 1_500_000),
				new WorkPlanRules.PartyTotal(partner, 2_500_000, 6_000_000));
		assertThat(totals.get(1).total()).isEqualTo(8_500_000);
		assertThat(first.totalContributed()).isEqualTo(10_000_000);
		assertThat(plan.totalBudget()).isEqualTo(14_000_000);
	}

	@Test
	void anInstitutionThatContributesNothingIsLeftOut() {
		UUID partner = UUID.randomUUID();
		WorkPlan plan = new WorkPlan(UUID.randomUUID(), 1);
		plan.addActivity(activity(JAN, JAN, 0))
			.addContribution(new ContributionDetails(partner, ContributionKind.INTERNSHIP_PLACES, "10 tempat", 1));
		assertThat(plan.totalsPerParty()).extracting(WorkPlanRules.PartyTotal::partnerId).containsExactly(partner);
	}

}
