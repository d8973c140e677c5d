package id.jejaring.evaluation;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The monitoring cadence chosen for a partnership (quarterly until chosen). */
@Entity
@Audited
@Table(name = "monitoring_cadence")
public class MonitoringCadence extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Cadence cadence;

	protected MonitoringCadence() {
	}

	MonitoringCadence(UUID partnershipId, Cadence cadence) {
		this.partnershipId = partnershipId;
		this.cadence = cadence;
	}

	void change(Cadence cadence) {
		this.cadence = cadence;
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public Cadence getCadence() {
		return this.cadence;
	}

}
