package id.jejaring.identity.web;

import id.jejaring.identity.AccountDetails;
import id.jejaring.identity.Role;
import id.jejaring.identity.UserAccount;
import id.jejaring.shared.IndonesianPhone;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A manager's form for a staff account. The username is set once, at creation.
 */
record StaffForm(@Pattern(regexp = USERNAME_PATTERN, message = "{validation.username}") String username,
		@NotBlank @Size(max = 150) String fullName, @Email @Size(max = 200) String email, @IndonesianPhone String phone,
		@NotNull Role role, long version) {

	static final String USERNAME_PATTERN = "^$|^[a-z0-9][a-z0-9._-]{2,59}$";

	static StaffForm empty() {
		return new StaffForm("", "", "", "", Role.STAFF, 0);
	}

	static StaffForm of(UserAccount account) {
		return new StaffForm(account.getUsername(), account.getFullName(), account.getEmail(), account.getPhone(),
				account.getRole(), account.getVersion());
	}

	AccountDetails details() {
		return new AccountDetails(this.fullName.trim(), Texts.email(this.email), Texts.phone(this.phone));
	}

}
