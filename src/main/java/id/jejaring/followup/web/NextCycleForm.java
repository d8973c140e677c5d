package id.jejaring.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.workplan.PlanIndicator;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlanCarryOver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The next cycle as typed: its year, and for each item of this cycle's plan (by position)
 * whether it is carried over, with an indicator's new target.
 */
record NextCycleForm(@Pattern(regexp = FollowUpInput.VERSION) String version,
		@NotBlank(message = "{validation.followup.year}") @Pattern(regexp = "^(20[0-9]{2})$",
				message = "{validation.followup.year}") String year,
		List<@Valid Row> objectives, List<@Valid IndicatorRow> indicators, List<@Valid Row> activities) {

	NextCycleForm {
		objectives = (objectives != null) ? new ArrayList<>(objectives) : new ArrayList<>();
		indicators = (indicators != null) ? new ArrayList<>(indicators) : new ArrayList<>();
		activities = (activities != null) ? new ArrayList<>(activities) : new ArrayList<>();
	}

	/** An objective or activity: its id and whether it is carried over. */
	record Row(@Pattern(regexp = FollowUpInput.UUID_OR_EMPTY) String id, boolean carry) {

	}

	/** An indicator: its id, whether it is carried over, and the new target. */
	record IndicatorRow(@Pattern(regexp = FollowUpInput.UUID_OR_EMPTY) String id, boolean carry,
			@Pattern(regexp = "^$|" + FollowUpInput.AMOUNT, message = "{validation.followup.target}") String target) {

	}

	/**
	 * Everything of the plan carried over (recurring activities too), targets as they
	 * were, for the next year.
	 */
	static NextCycleForm of(long version, int year, WorkPlan plan) {
		List<Row> objectives = new ArrayList<>();
		List<IndicatorRow> indicators = new ArrayList<>();
		List<Row> activities = new ArrayList<>();
		if (plan != null) {
			plan.getObjectives().forEach((o) -> objectives.add(new Row(o.getId().toString(), true)));
			plan.getIndicators()
				.forEach((i) -> indicators
					.add(new IndicatorRow(i.getId().toString(), true, String.valueOf(i.getTarget()))));
			plan.getActivities().forEach((a) -> activities.add(new Row(a.getId().toString(), true)));
		}
		return new NextCycleForm(String.valueOf(version), String.valueOf(year + 1), objectives, indicators, activities);
	}

	long expectedVersion() {
		return FollowUpInput.version(this.version);
	}

	int yearValue() {
		return Integer.parseInt(this.year);
	}

	/** Indicators carried over without a target, by position (to reject beside them). */
	List<Integer> missingTargets() {
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < this.indicators.size(); i++) {
			IndicatorRow row = this.indicators.get(i);
			if (row != null && row.carry() && (row.target() == null || row.target().isBlank())) {
				missing.add(i);
			}
		}
		return missing;
	}

	/** What is carried over; the actual is what this cycle reached, when known. */
	WorkPlanCarryOver.Selection selection(java.util.Map<UUID, Long> actuals) {
		Set<UUID> objectiveIds = carried(this.objectives);
		Set<UUID> activityIds = carried(this.activities);
		List<WorkPlanCarryOver.IndicatorChoice> chosen = new ArrayList<>();
		for (IndicatorRow row : this.indicators) {
			if (row != null && row.carry() && FollowUpInput.id(row.id()) != null) {
				UUID id = FollowUpInput.id(row.id());
				chosen.add(
						new WorkPlanCarryOver.IndicatorChoice(id, FollowUpInput.amount(row.target()), actuals.get(id)));
			}
		}
		return new WorkPlanCarryOver.Selection(objectiveIds, chosen, activityIds);
	}

	private static Set<UUID> carried(List<Row> rows) {
		return rows.stream()
			.filter((row) -> row != null && row.carry() && FollowUpInput.id(row.id()) != null)
			.map((row) -> FollowUpInput.id(row.id()))
			.collect(Collectors.toSet());
	}

	static String target(PlanIndicator indicator) {
		return String.valueOf(indicator.getTarget());
	}

}
