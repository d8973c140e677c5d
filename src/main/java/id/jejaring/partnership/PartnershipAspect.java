package id.jejaring.partnership;

import id.jejaring.needs.NeedAspect;
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
 * An aspect (joint programs, facilities, funds, staff, use of outputs) the partnership
 * covers.
 */
@Entity
@Audited
@Table(name = "partnership_aspect")
class PartnershipAspect extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partnership_id", nullable = false, updatable = false)
	private Partnership partnership;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private NeedAspect aspect;

	protected PartnershipAspect() {
	}

	PartnershipAspect(Partnership partnership, NeedAspect aspect) {
		this.partnership = partnership;
		this.aspect = aspect;
	}

	NeedAspect getAspect() {
		return this.aspect;
	}

}
