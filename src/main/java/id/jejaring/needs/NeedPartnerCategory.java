package id.jejaring.needs;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A partner category that fits a need. A row of its own (with the institution) so row
 * security covers it and the later partner recommendation can match on it in SQL.
 */
@Entity
@Audited
@Table(name = "need_partner_category")
class NeedPartnerCategory extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "need_id", nullable = false, updatable = false)
	private Need need;

	@Column(nullable = false, updatable = false)
	private String categoryCode;

	protected NeedPartnerCategory() {
	}

	NeedPartnerCategory(Need need, String categoryCode) {
		this.need = need;
		this.categoryCode = categoryCode;
	}

	String getCategoryCode() {
		return this.categoryCode;
	}

}
