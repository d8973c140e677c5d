package id.jejaring.workplan;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An objective of the plan, with the party that proposed it (no partner: the
 * institution).
 */
@Entity
@Audited
@Table(name = "plan_objective")
public class PlanObjective extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private WorkPlan plan;

	@Column(nullable = false)
	private String text;

	private UUID proposedBy;

	protected PlanObjective() {
	}

	PlanObjective(WorkPlan plan, ObjectiveDetails details) {
		this.plan = plan;
		update(details);
	}

	void update(ObjectiveDetails details) {
		this.text = details.text();
		this.proposedBy = details.proposedBy();
	}

	public ObjectiveDetails details() {
		return new ObjectiveDetails(this.text, this.proposedBy);
	}

	public String getText() {
		return this.text;
	}

	public UUID getProposedBy() {
		return this.proposedBy;
	}

}
