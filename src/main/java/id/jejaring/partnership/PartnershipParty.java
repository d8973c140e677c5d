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

/** A partner taking part in a partnership, with its role in it. */
@Entity
@Audited
@Table(name = "partnership_party")
public class PartnershipParty extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partnership_id", nullable = false, updatable = false)
	private Partnership partnership;

	@Column(nullable = false)
	private UUID partnerId;

	private String role;

	protected PartnershipParty() {
	}

	PartnershipParty(Partnership partnership, UUID partnerId, String role) {
		this.partnership = partnership;
		this.partnerId = partnerId;
		this.role = role;
	}

	void describeRole(String role) {
		this.role = role;
	}

	void replacePartner(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public UUID getPartnerId() {
		return this.partnerId;
	}

	public String getRole() {
		return this.role;
	}

}
