package id.jejaring.partner;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A free label on a partner, in lower case ({@code majalaya}, {@code magang}).
 */
@Entity
@Audited
@Table(name = "partner_tag")
class PartnerTag extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partner_id", nullable = false, updatable = false)
	private Partner partner;

	@Column(nullable = false, updatable = false)
	private String tag;

	protected PartnerTag() {
	}

	PartnerTag(Partner partner, String tag) {
		this.partner = partner;
		this.tag = tag;
	}

	String getTag() {
		return this.tag;
	}

}
