package id.jejaring.evaluation;

import java.time.LocalDate;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A follow-up decided in monitoring: what, who (a name), by when, and whether done. */
@Entity
@Audited
@Table(name = "monitoring_follow_up")
public class MonitoringFollowUp extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "record_id", nullable = false, updatable = false)
	private MonitoringRecord record;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String owner;

	@Column(nullable = false)
	private LocalDate dueOn;

	private boolean done;

	protected MonitoringFollowUp() {
	}

	MonitoringFollowUp(MonitoringRecord record) {
		this.record = record;
	}

	void update(String action, String owner, LocalDate dueOn, boolean done) {
		this.action = action;
		this.owner = owner;
		this.dueOn = dueOn;
		this.done = done;
	}

	void toggle() {
		this.done = !this.done;
	}

	public MonitoringRecord getRecord() {
		return this.record;
	}

	public String getAction() {
		return this.action;
	}

	public String getOwner() {
		return this.owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public boolean isDone() {
		return this.done;
	}

}
