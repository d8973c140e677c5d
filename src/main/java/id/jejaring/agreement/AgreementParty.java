package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A party to an agreement with its signatory: the institution itself (no partner id) or a
 * partner, named as it is written in the document, and the day it signed.
 */
@Entity
@Audited
@Table(name = "agreement_party")
public class AgreementParty extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id", nullable = false, updatable = false)
	private Agreement agreement;

	@Column(nullable = false)
	private int sortOrder;

	private UUID partnerId;

	@Column(nullable = false)
	private String partyName;

	private String signatoryName;

	private String signatoryPosition;

	private LocalDate signedOn;

	protected AgreementParty() {
	}

	AgreementParty(Agreement agreement, int sortOrder, AgreementDetails.Party party) {
		this.agreement = agreement;
		this.sortOrder = sortOrder;
		update(party);
	}

	void update(AgreementDetails.Party party) {
		this.partnerId = party.partnerId();
		this.partyName = party.name();
		this.signatoryName = party.signatoryName();
		this.signatoryPosition = party.signatoryPosition();
	}

	void replacePartner(UUID partnerId) {
		this.partnerId = partnerId;
	}

	void signOn(LocalDate date) {
		this.signedOn = date;
	}

	AgreementDetails.Party details() {
		return new AgreementDetails.Party(this.partnerId, this.partyName, this.signatoryName, this.signatoryPosition);
	}

	/** Whether this party is the institution itself rather than a partner. */
	public boolean isInstitution() {
		return this.partnerId == null;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public UUID getPartnerId() {
		return this.partnerId;
	}

	public String getPartyName() {
		return this.partyName;
	}

	public String getSignatoryName() {
		return this.signatoryName;
	}

	public String getSignatoryPosition() {
		return this.signatoryPosition;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

}
