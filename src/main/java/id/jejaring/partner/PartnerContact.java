package id.jejaring.partner;

import java.util.UUID;

import id.jejaring.shared.PhoneNumbers;
import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A person at a partner: position, phone, WhatsApp, e-mail, role in the partnership.
 */
@Entity
@Audited
@Table(name = "partner_contact")
public class PartnerContact extends TenantOwnedEntity {

	@Column(nullable = false)
	private UUID partnerId;

	@Column(nullable = false)
	private String name;

	private String position;

	private String phone;

	private String whatsapp;

	private String email;

	@Enumerated(EnumType.STRING)
	private ContactRole role;

	private String notes;

	protected PartnerContact() {
	}

	PartnerContact(UUID partnerId, ContactDetails details) {
		this.partnerId = partnerId;
		update(details);
	}

	void update(ContactDetails details) {
		this.name = details.name();
		this.position = details.position();
		this.phone = details.phone();
		this.whatsapp = details.whatsapp();
		this.email = details.email();
		this.role = details.role();
		this.notes = details.notes();
	}

	void moveTo(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public ContactDetails details() {
		return new ContactDetails(this.name, this.position, this.phone, this.whatsapp, this.email, this.role,
				this.notes);
	}

	/** The wa.me address of the contact's WhatsApp number, or null without one. */
	public String whatsAppLink() {
		return (this.whatsapp != null) ? PhoneNumbers.whatsAppLink(this.whatsapp) : null;
	}

	public UUID getPartnerId() {
		return this.partnerId;
	}

	public String getName() {
		return this.name;
	}

	public String getPosition() {
		return this.position;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getWhatsapp() {
		return this.whatsapp;
	}

	public String getEmail() {
		return this.email;
	}

	public ContactRole getRole() {
		return this.role;
	}

	public String getNotes() {
		return this.notes;
	}

}
