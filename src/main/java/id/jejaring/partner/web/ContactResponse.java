package id.jejaring.partner.web;

import java.util.UUID;

import id.jejaring.partner.ContactRole;
import id.jejaring.partner.PartnerContact;

/**
 * A contact person as JSON, with the wa.me link of the WhatsApp number.
 */
record ContactResponse(UUID id, long version, UUID partnerId, String name, String position, String phone,
		String whatsapp, String whatsappLink, String email, ContactRole role, String notes) {

	static ContactResponse of(PartnerContact c) {
		return new ContactResponse(c.getId(), c.getVersion(), c.getPartnerId(), c.getName(), c.getPosition(),
				c.getPhone(), c.getWhatsapp(), c.whatsAppLink(), c.getEmail(), c.getRole(), c.getNotes());
	}

}
