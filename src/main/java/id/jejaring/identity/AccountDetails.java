package id.jejaring.identity;

/**
 * The editable details of an account (already validated and normalised).
 */
public record AccountDetails(String fullName, String email, String phone) {
}
