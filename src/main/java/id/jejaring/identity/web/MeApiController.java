package id.jejaring.identity.web;

import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The signed-in user")
class MeApiController {

	private final UserManagement users;

	MeApiController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "Who am I: account, role and institution")
	MeResponse me(@AuthenticationPrincipal JejaringUser user) {
		UserAccount account = this.users.account(user.id());
		return new MeResponse(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
				account.getPhone(), account.getRole().name(), account.getInstitutionId(), account.getPreferredLocale());
	}

	record MeResponse(UUID id, String username, String fullName, String email, String phone, String role,
			UUID institutionId, String locale) {
	}

}
