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

/** A contact person of the partner who took part in an interaction. */
@Entity
@Audited
@Table(name = "interaction_contact")
class InteractionContact extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "interaction_id", nullable = false, updatable = false)
	private Interaction interaction;

	@Column(nullable = false, updatable = false)
	private UUID contactId;

	protected InteractionContact() {
	}

	InteractionContact(Interaction interaction, UUID contactId) {
		this.interaction = interaction;
		this.contactId = contactId;
	}

	UUID getContactId() {
		return this.contactId;
	}

}
