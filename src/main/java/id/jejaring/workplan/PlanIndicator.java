package id.jejaring.workplan;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An indicator of the plan with its baseline and target: a catalogue figure or the
 * institution's own (name and unit).
 */
@Entity
@Audited
@Table(name = "plan_indicator")
public class PlanIndicator extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private WorkPlan plan;

	@Enumerated(EnumType.STRING)
	private IndicatorMeasure measure;

	private String name;

	private String unit;

	@Column(nullable = false)
	private long baseline;

	@Column(nullable = false)
	private long target;

	private UUID proposedBy;

	protected PlanIndicator() {
	}

	PlanIndicator(WorkPlan plan, IndicatorDetails details) {
		this.plan = plan;
		update(details);
	}

	void update(IndicatorDetails details) {
		this.measure = details.measure();
		this.name = (details.measure() != null) ? null : details.name();
		this.unit = (details.measure() != null) ? null : details.unit();
		this.baseline = details.baseline();
		this.target = details.target();
		this.proposedBy = details.proposedBy();
	}

	public IndicatorDetails details() {
		return new IndicatorDetails(this.measure, this.name, this.unit, this.baseline, this.target, this.proposedBy);
	}

	/** Whether the figures are rupiah (funds received) rather than counts. */
	public boolean isRupiah() {
		return this.measure != null && this.measure.isRupiah();
	}

	public WorkPlan getPlan() {
		return this.plan;
	}

	public IndicatorMeasure getMeasure() {
		return this.measure;
	}

	public String getName() {
		return this.name;
	}

	public String getUnit() {
		return this.unit;
	}

	public long getBaseline() {
		return this.baseline;
	}

	public long getTarget() {
		return this.target;
	}

	public UUID getProposedBy() {
		return this.proposedBy;
	}

}
