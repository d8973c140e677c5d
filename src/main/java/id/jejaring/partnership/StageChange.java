package id.jejaring.partnership;

import java.time.Instant;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One move of a partnership between stages: from, to, whether it went back, the reason,
 * when and (in {@code createdBy}) who. The first row of a partnership has no "from".
 * Written once, never changed.
 */
@Entity
@Table(name = "partnership_stage_change")
public class StageChange extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Stage toStage;

	@Column(updatable = false)
	private boolean backward;

	@Column(updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private Instant changedAt;

	protected StageChange() {
	}

	StageChange(UUID partnershipId, Stage fromStage, Stage toStage, String reason, Instant changedAt) {
		this.partnershipId = partnershipId;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.backward = fromStage != null && toStage.isBefore(fromStage);
		this.reason = reason;
		this.changedAt = changedAt;
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public Stage getFromStage() {
		return this.fromStage;
	}

	public Stage getToStage() {
		return this.toStage;
	}

	public boolean isBackward() {
		return this.backward;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
