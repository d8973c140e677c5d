package id.jejaring.identity.web;

import java.util.UUID;

import id.jejaring.identity.ApiTokens;
import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.PasswordPolicy;
import id.jejaring.identity.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: password and personal API tokens.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final UserManagement users;

	private final ApiTokens tokens;

	private final SessionPrincipal sessionPrincipal;

	AccountController(UserManagement users, ApiTokens tokens, SessionPrincipal sessionPrincipal) {
		this.users = users;
		this.tokens = tokens;
		this.sessionPrincipal = sessionPrincipal;
	}

	@GetMapping
	String account(@AuthenticationPrincipal JejaringUser user, Model model) {
		model.addAttribute("account", this.users.account(user.id()));
		model.addAttribute("tokens", this.tokens.of(user.id()));
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", TokenForm.empty());
		}
		return "identity/account";
	}

	@GetMapping("/password")
	String passwordForm(@AuthenticationPrincipal JejaringUser user, Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		model.addAttribute("mustChange", user.mustChangePassword());
		return "identity/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal JejaringUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!errors.hasFieldErrors("currentPassword")
				&& !this.users.passwordMatches(user.id(), passwordForm.currentPassword())) {
			errors.rejectValue("currentPassword", "password.currentWrong");
		}
		if (!errors.hasFieldErrors("newPassword")) {
			PasswordPolicy.problem(passwordForm.newPassword(), user.getUsername())
				.ifPresent((problem) -> errors.rejectValue("newPassword", problem));
		}
		if (!errors.hasFieldErrors("confirmPassword")
				&& !passwordForm.newPassword().equals(passwordForm.confirmPassword())) {
			errors.rejectValue("confirmPassword", "password.mismatch");
		}
		if (errors.hasErrors()) {
			model.addAttribute("mustChange", user.mustChangePassword());
			return "identity/password";
		}
		this.users.changeOwnPassword(user.id(), passwordForm.newPassword());
		this.sessionPrincipal.replace(this.users.principal(user.id()), request, response);
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/account";
	}

	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal JejaringUser user, @Valid @ModelAttribute TokenForm tokenForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return account(user, model);
		}
		redirect.addFlashAttribute("newToken", this.tokens.create(user.id(), tokenForm.name().trim()));
		return "redirect:/account";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal JejaringUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(user.id(), id);
		redirect.addFlashAttribute("success", "token.revoked");
		return "redirect:/account";
	}

}
