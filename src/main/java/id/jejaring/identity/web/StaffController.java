package id.jejaring.identity.web;

import java.util.List;
import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.NewAccount;
import id.jejaring.identity.Role;
import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * A manager adds, edits and deactivates the users of their own institution.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('MANAGER')")
class StaffController {

	static final List<Role> ROLES = List.of(Role.MANAGER, Role.STAFF);

	private final UserManagement users;

	StaffController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	String list(@PageableDefault(size = 25, sort = "fullName", direction = Sort.Direction.ASC) Pageable pageable,
			Model model) {
		model.addAttribute("page", this.users.staff(pageable));
		return "identity/staff-list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("staffForm", StaffForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute StaffForm staffForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (staffForm.username() == null || staffForm.username().isBlank()) {
			errors.rejectValue("username", "jakarta.validation.constraints.NotBlank.message");
		}
		else if (this.users.usernameTaken(staffForm.username())) {
			errors.rejectValue("username", "validation.usernameTaken");
		}
		if (errors.hasErrors() || !ROLES.contains(staffForm.role())) {
			return form(model, null);
		}
		NewAccount created = this.users.createStaff(staffForm.username(), staffForm.role(), staffForm.details());
		redirect.addFlashAttribute("newAccount", created.account().getUsername());
		redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
		return "redirect:/users";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		UserAccount account = this.users.staffMember(id);
		model.addAttribute("staffForm", StaffForm.of(account));
		return form(model, account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute StaffForm staffForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UserAccount account = this.users.staffMember(id);
		if (errors.hasErrors() || !ROLES.contains(staffForm.role())) {
			return form(model, account);
		}
		this.users.updateStaff(id, staffForm.version(), staffForm.role(), staffForm.details());
		redirect.addFlashAttribute("success", "user.saved");
		return "redirect:/users";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @AuthenticationPrincipal JejaringUser user, RedirectAttributes redirect) {
		if (id.equals(user.id())) {
			this.users.staffMember(id);
			redirect.addFlashAttribute("error", "user.cannotDeactivateSelf");
			return "redirect:/users";
		}
		this.users.setStaffEnabled(id, false);
		redirect.addFlashAttribute("success", "user.deactivated");
		return "redirect:/users";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable UUID id, RedirectAttributes redirect) {
		this.users.setStaffEnabled(id, true);
		redirect.addFlashAttribute("success", "user.activated");
		return "redirect:/users";
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount account = this.users.staffMember(id);
		redirect.addFlashAttribute("newAccount", account.getUsername());
		redirect.addFlashAttribute("temporaryPassword", this.users.resetStaffPassword(id));
		return "redirect:/users";
	}

	private String form(Model model, UserAccount account) {
		model.addAttribute("account", account);
		model.addAttribute("roles", ROLES);
		return "identity/staff-form";
	}

}
