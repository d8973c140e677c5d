package id.jejaring.partner;

/**
 * The editable content of a contact person, validated and normalised by the caller.
 */
public record ContactDetails(String name, String position, String phone, String whatsapp, String email,
		ContactRole role, String notes) {
}
