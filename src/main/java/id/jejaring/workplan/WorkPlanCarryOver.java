package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Carries the joint work plan of one partnership cycle over to the next (the follow-up's
 * "start the next cycle"): the objectives chosen, the indicators chosen with their new
 * targets, and the recurring activities chosen with their dates moved on by the years
 * between the cycles (one at least) and each party's contribution. An indicator's new
 * baseline is what the last cycle reached when that is known, else its old target (what
 * the parties planned to stand on). The next cycle's plan must still be empty.
 */
@Service
@Transactional(readOnly = true)
public class WorkPlanCarryOver {

	private final WorkPlanRepository plans;

	private final Partnerships partnerships;

	WorkPlanCarryOver(WorkPlanRepository plans, Partnerships partnerships) {
		this.plans = plans;
		this.partnerships = partnerships;
	}

	/**
	 * What to carry over: the objectives and activities by id, and the indicators by id
	 * with their new target.
	 *
	 * @param objectiveIds the objectives carried over
	 * @param indicators the indicators carried over, each with its new target and the
	 * actual the last cycle reached (null when not known)
	 * @param activityIds the recurring activities carried over
	 */
	public record Selection(Set<UUID> objectiveIds, List<IndicatorChoice> indicators, Set<UUID> activityIds) {

		public Selection {
			objectiveIds = Set.copyOf(objectiveIds);
			indicators = List.copyOf(indicators);
			activityIds = Set.copyOf(activityIds);
		}

		public boolean isEmpty() {
			return this.objectiveIds.isEmpty() && this.indicators.isEmpty() && this.activityIds.isEmpty();
		}

	}

	/**
	 * An indicator carried over.
	 *
	 * @param indicatorId the indicator of the last cycle
	 * @param target the new target
	 * @param actual what the last cycle reached, or {@code null} when not known
	 */
	public record IndicatorChoice(UUID indicatorId, long target, Long actual) {

	}

	/**
	 * The new baseline of an indicator carried over: the actual when known, else the old
	 * target.
	 */
	public static long newBaseline(long oldTarget, Long actual) {
		return (actual != null) ? actual : oldTarget;
	}

	/**
	 * A date of a recurring activity moved on by the years between the cycles (one at
	 * least).
	 */
	public static LocalDate moved(LocalDate date, int fromYear, int toYear) {
		return (date != null) ? date.plusYears(Math.max(1, toYear - fromYear)) : null;
	}

	/** The plan of the partnership's current cycle, with every item loaded. */
	@PreAuthorize(Access.READ)
	public Optional<WorkPlan> planOf(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		Optional<WorkPlan> plan = this.plans.findByPartnershipIdAndCycle(partnershipId, partnership.getCycle());
		plan.ifPresent((p) -> {
			p.getObjectives();
			p.getIndicators();
			p.getActivities().forEach((a) -> a.getContributions().size());
		});
		return plan;
	}

	/**
	 * Copies the chosen items of the plan of {@code fromId}'s cycle into the plan of
	 * {@code toId}'s cycle, which must be the next cycle of the same partnership and have
	 * no plan items yet. Ids that are not in the last cycle's plan are not found; a new
	 * target that breaks the plan's rules is refused with the field
	 * {@code indicators[i].target}. Returns the new plan, or nothing when nothing was
	 * chosen.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Optional<WorkPlan> carryOver(UUID fromId, UUID toId, Selection selection) {
		Partnership from = this.partnerships.get(fromId);
		Partnership to = this.partnerships.get(toId);
		if (!fromId.equals(to.getPreviousCycleId())) {
			throw new NotFoundException();
		}
		if (selection.isEmpty()) {
			return Optional.empty();
		}
		WorkPlan source = this.plans.findByPartnershipIdAndCycle(fromId, from.getCycle())
			.orElseThrow(NotFoundException::new);
		Map<UUID, PlanObjective> objectives = byId(source.getObjectives());
		Map<UUID, PlanIndicator> indicators = byId(source.getIndicators());
		Map<UUID, PlanActivity> activities = byId(source.getActivities());
		if (!objectives.keySet().containsAll(selection.objectiveIds())
				|| !activities.keySet().containsAll(selection.activityIds())
				|| selection.indicators()
					.stream()
					.anyMatch((choice) -> !indicators.containsKey(choice.indicatorId()))) {
			throw new NotFoundException();
		}
		Errors errors = new MapBindingResult(new HashMap<>(), "carryOver");
		List<IndicatorDetails> newIndicators = new java.util.ArrayList<>();
		for (int i = 0; i < selection.indicators().size(); i++) {
			IndicatorChoice choice = selection.indicators().get(i);
			IndicatorDetails old = indicators.get(choice.indicatorId()).details();
			IndicatorDetails details = new IndicatorDetails(old.measure(), old.name(), old.unit(),
					newBaseline(old.target(), choice.actual()), choice.target(), old.proposedBy());
			Errors one = new MapBindingResult(new HashMap<>(), "indicator");
			WorkPlanRules.check(details, one);
			if (one.hasErrors()) {
				errors.rejectValue("indicators[" + i + "].target", one.getAllErrors().get(0).getCode());
			}
			newIndicators.add(details);
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		WorkPlan target = this.plans.findByPartnershipIdAndCycle(toId, to.getCycle()).orElse(null);
		if (target != null && (!target.getObjectives().isEmpty() || !target.getIndicators().isEmpty()
				|| !target.getActivities().isEmpty())) {
			errors.reject("validation.workplan.carryOver.notEmpty");
			throw new InvalidInputException(errors);
		}
		WorkPlan plan = (target != null) ? target : this.plans.save(new WorkPlan(toId, to.getCycle()));
		// kept in the last plan's order
		source.getObjectives()
			.stream()
			.filter((o) -> selection.objectiveIds().contains(o.getId()))
			.forEach((o) -> plan.addObjective(o.details()));
		newIndicators.forEach(plan::addIndicator);
		source.getActivities().stream().filter((a) -> selection.activityIds().contains(a.getId())).forEach((a) -> {
			ActivityDetails old = a.details();
			PlanActivity copy = plan.addActivity(new ActivityDetails(old.description(), old.aspect(), old.responsible(),
					moved(old.startsOn(), from.getYear(), to.getYear()),
					moved(old.endsOn(), from.getYear(), to.getYear()), old.place(), old.budget(), old.proposedBy()));
			a.getContributions()
				.forEach((c) -> copy.addContribution(
						new ContributionDetails(c.getPartnerId(), c.getKind(), c.getDescription(), c.getValue())));
		});
		this.plans.flush();
		return Optional.of(plan);
	}

	private static <T extends id.jejaring.shared.BaseEntity> Map<UUID, T> byId(List<T> items) {
		Map<UUID, T> found = new java.util.LinkedHashMap<>();
		items.forEach((item) -> found.put(item.getId(), item));
		return found;
	}

}
