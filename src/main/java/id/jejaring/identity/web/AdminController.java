package id.jejaring.identity.web;

import java.util.HashSet;
import java.util.UUID;

import id.jejaring.identity.NewAccount;
import id.jejaring.identity.Role;
import id.jejaring.identity.SecurityLog;
import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Regions;
import id.jejaring.institution.InstitutionFormValidation;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The platform admin: institutions with their first manager, facilitators and supervisors
 * with their assignments, and the security log.
 */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AdminController {

	private final UserManagement users;

	private final InstitutionManagement institutions;

	private final InstitutionFormValidation institutionValidation;

	private final Regions regions;

	private final SecurityLog securityLog;

	AdminController(UserManagement users, InstitutionManagement institutions,
			InstitutionFormValidation institutionValidation, Regions regions, SecurityLog securityLog) {
		this.users = users;
		this.institutions = institutions;
		this.institutionValidation = institutionValidation;
		this.regions = regions;
		this.securityLog = securityLog;
	}

	@GetMapping("/institutions")
	String institutions(@PageableDefault(size = 25, sort = "name", direction = Sort.Direction.ASC) Pageable pageable,
			Model model) {
		model.addAttribute("page", this.institutions.all(pageable));
		model.addAttribute("regions", this.regions);
		return "admin/institutions";
	}

	@GetMapping("/institutions/new")
	String newInstitution(Model model) {
		model.addAttribute("adminInstitutionForm", AdminInstitutionForm.empty());
		return "admin/institution-form";
	}

	@PostMapping("/institutions")
	String createInstitution(@Valid @ModelAttribute AdminInstitutionForm adminInstitutionForm, BindingResult errors,
			RedirectAttributes redirect) {
		this.institutionValidation.validate(adminInstitutionForm.regionCode(), adminInstitutionForm.npsn(), null,
				errors, "");
		if (!errors.hasFieldErrors("managerUsername")
				&& this.users.usernameTaken(adminInstitutionForm.managerUsername())) {
			errors.rejectValue("managerUsername", "validation.usernameTaken");
		}
		if (errors.hasErrors()) {
			return "admin/institution-form";
		}
		NewAccount manager = this.users.createInstitutionWithManager(adminInstitutionForm.profile(),
				adminInstitutionForm.managerUsername(), adminInstitutionForm.manager());
		redirect.addFlashAttribute("newAccount", manager.account().getUsername());
		redirect.addFlashAttribute("temporaryPassword", manager.temporaryPassword());
		return "redirect:/admin/institutions";
	}

	@GetMapping("/users")
	String platformUsers(
			@PageableDefault(size = 25, sort = "fullName", direction = Sort.Direction.ASC) Pageable pageable,
			Model model) {
		model.addAttribute("page", this.users.platformUsers(pageable));
		return "admin/users";
	}

	@GetMapping("/users/new")
	String newUser(Model model) {
		model.addAttribute("platformUserForm", PlatformUserForm.empty());
		return userForm(model, null);
	}

	@PostMapping("/users")
	String createUser(@Valid @ModelAttribute PlatformUserForm platformUserForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (platformUserForm.username() == null || platformUserForm.username().isBlank()) {
			errors.rejectValue("username", "jakarta.validation.constraints.NotBlank.message");
		}
		else if (this.users.usernameTaken(platformUserForm.username())) {
			errors.rejectValue("username", "validation.usernameTaken");
		}
		validateAssignments(platformUserForm, errors);
		if (errors.hasErrors()) {
			return userForm(model, null);
		}
		NewAccount created = this.users.createPlatformUser(platformUserForm.username(), platformUserForm.role(),
				platformUserForm.details());
		UserAccount account = created.account();
		this.users.updatePlatformUser(account.getId(), account.getVersion(), platformUserForm.details(),
				platformUserForm.regionCode(), new HashSet<>(platformUserForm.institutions()));
		redirect.addFlashAttribute("newAccount", account.getUsername());
		redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
		return "redirect:/admin/users";
	}

	@GetMapping("/users/{id}/edit")
	String editUser(@PathVariable UUID id, Model model) {
		UserAccount account = this.users.platformUser(id);
		model.addAttribute("platformUserForm",
				PlatformUserForm.of(account, this.users.facilitatedInstitutionIds(account.getId())));
		return userForm(model, account);
	}

	@PostMapping("/users/{id}")
	String updateUser(@PathVariable UUID id, @Valid @ModelAttribute PlatformUserForm platformUserForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UserAccount account = this.users.platformUser(id);
		validateAssignments(new PlatformUserForm(account.getUsername(), account.getRole(), platformUserForm.fullName(),
				platformUserForm.email(), platformUserForm.phone(), platformUserForm.regionCode(),
				platformUserForm.institutionIds(), platformUserForm.version()), errors);
		if (errors.hasErrors()) {
			return userForm(model, account);
		}
		this.users.updatePlatformUser(id, platformUserForm.version(), platformUserForm.details(),
				platformUserForm.regionCode(), new HashSet<>(platformUserForm.institutions()));
		redirect.addFlashAttribute("success", "user.saved");
		return "redirect:/admin/users";
	}

	@PostMapping("/users/{id}/deactivate")
	String deactivateUser(@PathVariable UUID id, RedirectAttributes redirect) {
		this.users.setPlatformUserEnabled(id, false);
		redirect.addFlashAttribute("success", "user.deactivated");
		return "redirect:/admin/users";
	}

	@PostMapping("/users/{id}/activate")
	String activateUser(@PathVariable UUID id, RedirectAttributes redirect) {
		this.users.setPlatformUserEnabled(id, true);
		redirect.addFlashAttribute("success", "user.activated");
		return "redirect:/admin/users";
	}

	@PostMapping("/users/{id}/reset-password")
	String resetUserPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		UserAccount account = this.users.platformUser(id);
		redirect.addFlashAttribute("newAccount", account.getUsername());
		redirect.addFlashAttribute("temporaryPassword", this.users.resetPlatformUserPassword(id));
		return "redirect:/admin/users";
	}

	@GetMapping("/security-log")
	String securityLog(@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("page", this.securityLog.recent(pageable));
		return "admin/security-log";
	}

	private void validateAssignments(PlatformUserForm form, BindingResult errors) {
		// List.of(...).contains(null) throws, and a crafted request may omit the role.
		if (form.role() == null || !PlatformUserForm.ROLES.contains(form.role())) {
			errors.rejectValue("role", "validation.role");
			return;
		}
		if (form.role() == Role.SUPERVISOR) {
			boolean regionOk = this.regions.find(form.regionCode())
				.filter(region -> region.getCode().length() <= 5)
				.isPresent();
			if (!regionOk) {
				errors.rejectValue("regionCode", "validation.supervisedRegion");
			}
		}
		if (form.role() == Role.FACILITATOR) {
			for (UUID institutionId : form.institutions()) {
				if (this.institutions.find(institutionId).isEmpty()) {
					errors.rejectValue("institutionIds", "validation.institution");
				}
			}
		}
	}

	private String userForm(Model model, UserAccount account) {
		model.addAttribute("account", account);
		model.addAttribute("roles", PlatformUserForm.ROLES);
		model.addAttribute("allInstitutions",
				this.institutions.all(PageRequest.of(0, 500, Sort.by("name"))).getContent());
		return "admin/user-form";
	}

}
