package id.jejaring.workplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.BaseEntity;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The joint work plans of the current institution's partnerships, one per partnership and
 * cycle. Every call names the partnership, so an item of another partnership (or another
 * institution) is simply not found. The plan is created by the first item added to it.
 * Parties (who proposed, who is responsible, who contributes) must be the institution
 * ({@code null}) or one of the partnership's partners.
 */
@Service
@Transactional(readOnly = true)
public class WorkPlans {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final WorkPlanRepository plans;

	private final Partnerships partnerships;

	private final PlanHistory history;

	private final IndicatorActualRepository actuals;

	private final ActivityEvidenceRepository evidence;

	private final Clock clock;

	WorkPlans(WorkPlanRepository plans, Partnerships partnerships, PlanHistory history,
			IndicatorActualRepository actuals, ActivityEvidenceRepository evidence, Clock clock) {
		this.plans = plans;
		this.partnerships = partnerships;
		this.history = history;
		this.actuals = actuals;
		this.evidence = evidence;
		this.clock = clock;
	}

	/** Today in Jakarta, the day statuses and flags are judged on. */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(WIB));
	}

	/**
	 * How the plan of the partnership's current cycle is going; empty lists when there is
	 * no plan. A fixed number of queries whatever the plan's size.
	 */
	@PreAuthorize(Access.READ)
	public PlanProgress progress(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		int cycle = partnership.getCycle();
		Optional<WorkPlan> found = this.plans.findByPartnershipIdAndCycle(partnershipId, cycle);
		if (found.isEmpty()) {
			return new PlanProgress(partnershipId, cycle, List.of(), List.of(), List.of());
		}
		WorkPlan plan = found.get();
		LocalDate today = today();
		Map<UUID, long[]> counts = new HashMap<>();
		for (Object[] row : this.evidence.countsByActivity(plan)) {
			counts.put((UUID) row[0], new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() });
		}
		Map<UUID, Long> sums = new HashMap<>();
		for (Object[] row : this.actuals.sumsByIndicator(plan)) {
			sums.put((UUID) row[0], ((Number) row[1]).longValue());
		}
		List<String> objectives = plan.getObjectives().stream().map(PlanObjective::getText).toList();
		List<PlanProgress.Activity> activities = plan.getActivities().stream().map((a) -> {
			long[] count = counts.getOrDefault(a.getId(), new long[2]);
			return new PlanProgress.Activity(a.getId(), a.getDescription(), a.getAspect(), a.getStartsOn(),
					a.getEndsOn(), a.getActualStart(), a.getActualEnd(), a.effectiveStatus(today), a.getProgress(),
					a.getCancelReason(), a.getBudget(), (int) count[0], (int) count[1]);
		}).toList();
		List<PlanProgress.Indicator> indicators = plan.getIndicators()
			.stream()
			.map((i) -> new PlanProgress.Indicator(i.getId(), i.getMeasure(), i.getName(), i.getUnit(), i.getBaseline(),
					i.getTarget(), sums.getOrDefault(i.getId(), 0L), i.isRupiah()))
			.toList();
		return new PlanProgress(partnershipId, cycle, objectives, activities, indicators);
	}

	/**
	 * Who added, changed or removed which item of the current cycle's plan, newest first.
	 */
	@PreAuthorize(Access.READ)
	public List<PlanChange> history(UUID partnershipId) {
		return current(partnershipId).map(this.history::of).orElse(List.of());
	}

	/** The plan of the partnership's current cycle, if anything was added to it yet. */
	@PreAuthorize(Access.READ)
	public Optional<WorkPlan> current(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		Optional<WorkPlan> plan = this.plans.findByPartnershipIdAndCycle(partnershipId, partnership.getCycle());
		// pages and exports show every item and contribution: load them inside the
		// transaction
		plan.ifPresent((p) -> {
			p.getObjectives();
			p.getIndicators();
			p.getActivities().forEach((a) -> a.getContributions().size());
		});
		return plan;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public PlanObjective addObjective(UUID partnershipId, ObjectiveDetails details) {
		WorkPlan plan = planFor(partnershipId,
				(errors) -> checkParty(partnershipId, details.proposedBy(), "proposedBy", errors));
		PlanObjective objective = plan.addObjective(details);
		this.plans.flush();
		return objective;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public PlanObjective updateObjective(UUID partnershipId, UUID objectiveId, long expectedVersion,
			ObjectiveDetails details) {
		check((errors) -> checkParty(partnershipId, details.proposedBy(), "proposedBy", errors));
		WorkPlan plan = existing(partnershipId);
		PlanObjective objective = find(plan.getObjectives(), objectiveId);
		objective.checkVersion(expectedVersion);
		objective.update(details);
		this.plans.flush();
		return objective;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public void removeObjective(UUID partnershipId, UUID objectiveId) {
		WorkPlan plan = existing(partnershipId);
		plan.removeObjective(find(plan.getObjectives(), objectiveId));
		this.plans.flush();
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public PlanIndicator addIndicator(UUID partnershipId, IndicatorDetails details) {
		WorkPlan plan = planFor(partnershipId, (errors) -> checkIndicator(partnershipId, details, errors));
		PlanIndicator indicator = plan.addIndicator(details);
		this.plans.flush();
		return indicator;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public PlanIndicator updateIndicator(UUID partnershipId, UUID indicatorId, long expectedVersion,
			IndicatorDetails details) {
		check((errors) -> checkIndicator(partnershipId, details, errors));
		WorkPlan plan = existing(partnershipId);
		PlanIndicator indicator = find(plan.getIndicators(), indicatorId);
		indicator.checkVersion(expectedVersion);
		indicator.update(details);
		this.plans.flush();
		return indicator;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public void removeIndicator(UUID partnershipId, UUID indicatorId) {
		WorkPlan plan = existing(partnershipId);
		PlanIndicator indicator = find(plan.getIndicators(), indicatorId);
		if (this.actuals.existsByIndicator(indicator)) {
			// removing it would take its recorded actuals with it
			check((errors) -> errors.reject("workplan.remove.hasActuals"));
		}
		plan.removeIndicator(indicator);
		this.plans.flush();
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public PlanActivity addActivity(UUID partnershipId, ActivityDetails details) {
		WorkPlan plan = planFor(partnershipId, (errors) -> checkActivity(partnershipId, details, errors));
		PlanActivity activity = plan.addActivity(details);
		this.plans.flush();
		return activity;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public PlanActivity updateActivity(UUID partnershipId, UUID activityId, long expectedVersion,
			ActivityDetails details) {
		check((errors) -> checkActivity(partnershipId, details, errors));
		WorkPlan plan = existing(partnershipId);
		PlanActivity activity = find(plan.getActivities(), activityId);
		activity.checkVersion(expectedVersion);
		activity.update(details);
		this.plans.flush();
		return activity;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public void removeActivity(UUID partnershipId, UUID activityId) {
		WorkPlan plan = existing(partnershipId);
		PlanActivity activity = find(plan.getActivities(), activityId);
		if (this.evidence.existsByActivity(activity)) {
			// removing it would take its evidence with it
			check((errors) -> errors.reject("workplan.remove.hasEvidence"));
		}
		plan.removeActivity(activity);
		this.plans.flush();
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public ActivityContribution addContribution(UUID partnershipId, UUID activityId, ContributionDetails details) {
		check((errors) -> {
			checkParty(partnershipId, details.party(), "party", errors);
			WorkPlanRules.check(details, errors);
		});
		WorkPlan plan = existing(partnershipId);
		ActivityContribution contribution = find(plan.getActivities(), activityId).addContribution(details);
		this.plans.flush();
		return contribution;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public void removeContribution(UUID partnershipId, UUID contributionId) {
		WorkPlan plan = existing(partnershipId);
		ActivityContribution contribution = find(
				plan.getActivities().stream().flatMap((a) -> a.getContributions().stream()).toList(), contributionId);
		contribution.getActivity().removeContribution(contribution);
		this.plans.flush();
	}

	/** The plan of the current cycle, created when the first item is added. */
	private WorkPlan planFor(UUID partnershipId, Consumer<Errors> checks) {
		check(checks);
		Partnership partnership = this.partnerships.get(partnershipId);
		return this.plans.findByPartnershipIdAndCycle(partnershipId, partnership.getCycle())
			.orElseGet(() -> this.plans.save(new WorkPlan(partnershipId, partnership.getCycle())));
	}

	private WorkPlan existing(UUID partnershipId) {
		return current(partnershipId).orElseThrow(NotFoundException::new);
	}

	private static <T extends BaseEntity> T find(List<T> items, UUID id) {
		return items.stream().filter((item) -> item.getId().equals(id)).findFirst().orElseThrow(NotFoundException::new);
	}

	private void checkIndicator(UUID partnershipId, IndicatorDetails details, Errors errors) {
		checkParty(partnershipId, details.proposedBy(), "proposedBy", errors);
		WorkPlanRules.check(details, errors);
	}

	private void checkActivity(UUID partnershipId, ActivityDetails details, Errors errors) {
		checkParty(partnershipId, details.proposedBy(), "proposedBy", errors);
		checkParty(partnershipId, details.responsible(), "responsible", errors);
		WorkPlanRules.check(details, errors);
	}

	private void checkParty(UUID partnershipId, UUID party, String field, Errors errors) {
		if (party != null && !this.partnerships.get(partnershipId).partnerIds().contains(party)) {
			errors.rejectValue(field, "validation.workplan.party");
		}
	}

	private static void check(Consumer<Errors> checks) {
		Errors errors = new MapBindingResult(new java.util.HashMap<>(), "workPlan");
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

}
