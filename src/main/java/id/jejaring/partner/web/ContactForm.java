package id.jejaring.partner.web;

import id.jejaring.partner.ContactDetails;
import id.jejaring.partner.ContactRole;
import id.jejaring.partner.PartnerContact;
import id.jejaring.shared.IndonesianPhone;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A contact person as edited in the form and sent to the API.
 */
public record ContactForm(@NotBlank @Size(max = 150) String name, @Size(max = 150) String position,
		@IndonesianPhone String phone, @IndonesianPhone String whatsapp, @Email @Size(max = 200) String email,
		ContactRole role, @Size(max = 2000) String notes, long version) {

	static ContactForm empty() {
		return new ContactForm(null, null, null, null, null, ContactRole.LIAISON, null, 0);
	}

	static ContactForm of(PartnerContact contact) {
		return new ContactForm(contact.getName(), contact.getPosition(), contact.getPhone(), contact.getWhatsapp(),
				contact.getEmail(), contact.getRole(), contact.getNotes(), contact.getVersion());
	}

	ContactDetails details() {
		return new ContactDetails(this.name.trim(), Texts.clean(this.position), Texts.phone(this.phone),
				Texts.phone(this.whatsapp), Texts.email(this.email), this.role, Texts.clean(this.notes));
	}

}
