package id.jejaring.partner;

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
 * What a partner can offer under one aspect (joint programs, facilities, funds, staff,
 * use of outputs), in the user's words.
 */
@Entity
@Audited
@Table(name = "partner_offering")
public class PartnerOffering extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partner_id", nullable = false, updatable = false)
	private Partner partner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedAspect aspect;

	private String description;

	protected PartnerOffering() {
	}

	PartnerOffering(Partner partner, NeedAspect aspect, String description) {
		this.partner = partner;
		this.aspect = aspect;
		this.description = description;
	}

	void describe(String description) {
		this.description = description;
	}

	public NeedAspect getAspect() {
		return this.aspect;
	}

	public String getDescription() {
		return this.description;
	}

}
