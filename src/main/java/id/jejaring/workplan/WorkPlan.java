package id.jejaring.workplan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * The joint work plan of one partnership for one cycle, created the first time someone
 * adds to it. Its items are kept in the order they were added.
 */
@Entity
@Audited
@Table(name = "work_plan")
public class WorkPlan extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Column(name = "plan_cycle", nullable = false, updatable = false)
	private int cycle;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt, id")
	private List<PlanObjective> objectives = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt, id")
	private List<PlanIndicator> indicators = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startsOn, createdAt, id")
	private List<PlanActivity> activities = new ArrayList<>();

	protected WorkPlan() {
	}

	WorkPlan(UUID partnershipId, int cycle) {
		this.partnershipId = partnershipId;
		this.cycle = cycle;
	}

	PlanObjective addObjective(ObjectiveDetails details) {
		PlanObjective objective = new PlanObjective(this, details);
		this.objectives.add(objective);
		return objective;
	}

	PlanIndicator addIndicator(IndicatorDetails details) {
		PlanIndicator indicator = new PlanIndicator(this, details);
		this.indicators.add(indicator);
		return indicator;
	}

	PlanActivity addActivity(ActivityDetails details) {
		PlanActivity activity = new PlanActivity(this, details);
		this.activities.add(activity);
		return activity;
	}

	void removeObjective(PlanObjective objective) {
		this.objectives.remove(objective);
	}

	void removeIndicator(PlanIndicator indicator) {
		this.indicators.remove(indicator);
	}

	void removeActivity(PlanActivity activity) {
		this.activities.remove(activity);
	}

	/** What every party contributes to the plan's activities, in rupiah. */
	public List<WorkPlanRules.PartyTotal> totalsPerParty() {
		return WorkPlanRules
			.totalsPerParty(this.activities.stream().flatMap((a) -> a.getContributions().stream()).toList());
	}

	/** The sum of the activities' budgets, in rupiah. */
	public long totalBudget() {
		return this.activities.stream().mapToLong(PlanActivity::getBudget).sum();
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public List<PlanObjective> getObjectives() {
		return List.copyOf(this.objectives);
	}

	public List<PlanIndicator> getIndicators() {
		return List.copyOf(this.indicators);
	}

	public List<PlanActivity> getActivities() {
		return List.copyOf(this.activities);
	}

}
