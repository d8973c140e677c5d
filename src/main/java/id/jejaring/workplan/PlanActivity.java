package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An activity of the plan: what, which aspect, who is responsible, when, where, its
 * budget and what each party contributes.
 */
@Entity
@Audited
@Table(name = "plan_activity")
public class PlanActivity extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private WorkPlan plan;

	@Column(nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedAspect aspect;

	private UUID responsiblePartnerId;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Column(nullable = false)
	private LocalDate endsOn;

	private String place;

	@Column(nullable = false)
	private long budget;

	private UUID proposedBy;

	// the stored status: never LATE, see ImplementationRules.effectiveStatus
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status = ActivityStatus.PLANNED;

	@Column(nullable = false)
	private int progress;

	private LocalDate actualStart;

	private LocalDate actualEnd;

	private String cancelReason;

	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt, id")
	private List<ActivityContribution> contributions = new ArrayList<>();

	protected PlanActivity() {
	}

	PlanActivity(WorkPlan plan, ActivityDetails details) {
		this.plan = plan;
		update(details);
	}

	void update(ActivityDetails details) {
		this.description = details.description();
		this.aspect = details.aspect();
		this.responsiblePartnerId = details.responsible();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.place = details.place();
		this.budget = details.budget();
		this.proposedBy = details.proposedBy();
	}

	/** Records where the activity stands; the service checked the values first. */
	void report(ActivityReport report) {
		this.status = report.status();
		this.progress = (report.status() == ActivityStatus.DONE) ? 100 : report.progress();
		this.actualStart = report.actualStart();
		this.actualEnd = report.actualEnd();
		this.cancelReason = (report.status() == ActivityStatus.CANCELLED) ? report.cancelReason() : null;
	}

	/** The status to show on {@code today}: the stored one, or late. */
	public ActivityStatus effectiveStatus(LocalDate today) {
		return ImplementationRules.effectiveStatus(this.status, this.startsOn, this.endsOn, today);
	}

	public ActivityReport report() {
		return new ActivityReport(this.status, this.progress, this.actualStart, this.actualEnd, this.cancelReason);
	}

	ActivityContribution addContribution(ContributionDetails details) {
		ActivityContribution contribution = new ActivityContribution(this, details);
		this.contributions.add(contribution);
		return contribution;
	}

	void removeContribution(ActivityContribution contribution) {
		this.contributions.remove(contribution);
	}

	public ActivityDetails details() {
		return new ActivityDetails(this.description, this.aspect, this.responsiblePartnerId, this.startsOn, this.endsOn,
				this.place, this.budget, this.proposedBy);
	}

	/** What the parties contribute to this activity, in rupiah. */
	public long totalContributed() {
		return this.contributions.stream().mapToLong(ActivityContribution::getValue).sum();
	}

	public String getDescription() {
		return this.description;
	}

	public NeedAspect getAspect() {
		return this.aspect;
	}

	public UUID getResponsiblePartnerId() {
		return this.responsiblePartnerId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getPlace() {
		return this.place;
	}

	public long getBudget() {
		return this.budget;
	}

	public UUID getProposedBy() {
		return this.proposedBy;
	}

	/** The stored status (never late). */
	public ActivityStatus getStatus() {
		return this.status;
	}

	public int getProgress() {
		return this.progress;
	}

	public LocalDate getActualStart() {
		return this.actualStart;
	}

	public LocalDate getActualEnd() {
		return this.actualEnd;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public WorkPlan getPlan() {
		return this.plan;
	}

	public List<ActivityContribution> getContributions() {
		return List.copyOf(this.contributions);
	}

}
