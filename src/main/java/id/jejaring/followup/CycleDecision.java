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
 * The decision of a partnership's cycle (one per partnership and cycle): continue next
 * year, continue with changes, or stop; why, who decided and when; and the partnership of
 * the next cycle once it is started.
 */
@Entity
@Audited
@Table(name = "cycle_decision")
public class CycleDecision extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Column(name = "decision_cycle", nullable = false, updatable = false)
	private int cycle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DecisionOutcome outcome;

	private String reason;

	private UUID decidedBy;

	@Column(nullable = false)
	private LocalDate decidedOn;

	private UUID nextPartnershipId;

	protected CycleDecision() {
	}

	CycleDecision(UUID partnershipId, int cycle) {
		this.partnershipId = partnershipId;
		this.cycle = cycle;
	}

	void decide(DecisionDetails details, UUID decidedBy, LocalDate on) {
		this.outcome = details.outcome();
		this.reason = details.reason();
		this.decidedBy = decidedBy;
		this.decidedOn = on;
	}

	void startedAs(UUID nextPartnershipId) {
		this.nextPartnershipId = nextPartnershipId;
	}

	public DecisionDetails details() {
		return new DecisionDetails(this.outcome, this.reason);
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public DecisionOutcome getOutcome() {
		return this.outcome;
	}

	public String getReason() {
		return this.reason;
	}

	public UUID getDecidedBy() {
		return this.decidedBy;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public UUID getNextPartnershipId() {
		return this.nextPartnershipId;
	}

}
