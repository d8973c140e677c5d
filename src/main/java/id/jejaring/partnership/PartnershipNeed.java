package id.jejaring.partnership;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A need the partnership addresses. */
@Entity
@Audited
@Table(name = "partnership_need")
class PartnershipNeed extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partnership_id", nullable = false, updatable = false)
	private Partnership partnership;

	@Column(nullable = false, updatable = false)
	private UUID needId;

	protected PartnershipNeed() {
	}

	PartnershipNeed(Partnership partnership, UUID needId) {
		this.partnership = partnership;
		this.needId = needId;
	}

	UUID getNeedId() {
		return this.needId;
	}

}
