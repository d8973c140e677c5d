package id.jejaring.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
 * The admin's form for a facilitator, supervisor or another admin, with the facilitator's
 * institutions or the supervisor's region.
 */
record PlatformUserForm(
		@Pattern(regexp = StaffForm.USERNAME_PATTERN, message = "{validation.username}") String username,
		@NotNull Role role, @NotBlank @Size(max = 150) String fullName, @Email @Size(max = 200) String email,
		@IndonesianPhone String phone, String regionCode, List<UUID> institutionIds, long version) {

	static final List<Role> ROLES = List.of(Role.FACILITATOR, Role.SUPERVISOR, Role.PLATFORM_ADMIN);

	static PlatformUserForm empty() {
		return new PlatformUserForm("", Role.FACILITATOR, "", "", "", "", List.of(), 0);
	}

	static PlatformUserForm of(UserAccount account, List<UUID> institutionIds) {
		return new PlatformUserForm(account.getUsername(), account.getRole(), account.getFullName(), account.getEmail(),
				account.getPhone(), account.getSupervisedRegionCode(), institutionIds, account.getVersion());
	}

	AccountDetails details() {
		return new AccountDetails(this.fullName.trim(), Texts.email(this.email), Texts.phone(this.phone));
	}

	List<UUID> institutions() {
		return (this.institutionIds != null) ? this.institutionIds : new ArrayList<>();
	}

}
