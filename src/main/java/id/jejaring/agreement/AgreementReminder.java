package id.jejaring.agreement;

import java.time.Instant;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An expiry reminder that went out: one per agreement and lead time (a unique key), so
 * neither a restart nor a second app node sends it again. Written once, not audited.
 */
@Entity
@Table(name = "agreement_reminder")
class AgreementReminder extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID agreementId;

	@Column(nullable = false, updatable = false)
	private int leadDays;

	@Column(nullable = false, updatable = false)
	private Instant sentAt;

	protected AgreementReminder() {
	}

	AgreementReminder(UUID agreementId, int leadDays, Instant sentAt) {
		this.agreementId = agreementId;
		this.leadDays = leadDays;
		this.sentAt = sentAt;
	}

	UUID getAgreementId() {
		return this.agreementId;
	}

	int getLeadDays() {
		return this.leadDays;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

}
