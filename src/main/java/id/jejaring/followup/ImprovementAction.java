package id.jejaring.followup;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An improvement action of a partnership's cycle, decided from its evaluation: what, who
 * owns it, by when, and where it stands.
 */
@Entity
@Audited
@Table(name = "improvement_action")
public class ImprovementAction extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Column(name = "action_cycle", nullable = false, updatable = false)
	private int cycle;

	@Column(nullable = false)
	private String description;

	private UUID ownerId;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImprovementStatus status;

	private String note;

	protected ImprovementAction() {
	}

	ImprovementAction(UUID partnershipId, int cycle, ImprovementActionDetails details) {
		this.partnershipId = partnershipId;
		this.cycle = cycle;
		update(details);
	}

	void update(ImprovementActionDetails details) {
		this.description = details.description();
		this.ownerId = details.ownerId();
		this.dueOn = details.dueOn();
		this.status = (details.status() != null) ? details.status() : ImprovementStatus.OPEN;
		this.note = details.note();
	}

	void changeStatus(ImprovementStatus status) {
		this.status = status;
	}

	public ImprovementActionDetails details() {
		return new ImprovementActionDetails(this.description, this.ownerId, this.dueOn, this.status, this.note);
	}

	/** Not done and due before the day. */
	public boolean isOverdue(LocalDate today) {
		return this.status != ImprovementStatus.DONE && this.dueOn != null && this.dueOn.isBefore(today);
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public String getDescription() {
		return this.description;
	}

	public UUID getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public ImprovementStatus getStatus() {
		return this.status;
	}

	public String getNote() {
		return this.note;
	}

}
