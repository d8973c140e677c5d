package id.jejaring.agreement.web;

import java.time.LocalDate;

import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.AgreementSettings;
import id.jejaring.agreement.AgreementSettingsManagement;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.ClauseLibrary;
import id.jejaring.agreement.ClauseType;
import id.jejaring.agreement.LetterNumberFormat;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institution's agreement settings (letter-number format, ending-soon window,
 * reminder lead times) and its clause library. Everyone of the institution may read them;
 * the manager changes them.
 */
@Controller
@PreAuthorize(Access.READ)
class AgreementSettingsController {

	private final AgreementSettingsManagement settings;

	private final ClauseLibrary library;

	private final Agreements agreements;

	AgreementSettingsController(AgreementSettingsManagement settings, ClauseLibrary library, Agreements agreements) {
		this.settings = settings;
		this.library = library;
		this.agreements = agreements;
	}

	@GetMapping("/agreements/settings")
	String settings(Model model) {
		model.addAttribute("settingsForm", SettingsForm.of(this.settings.current()));
		return settingsPage(model);
	}

	@PostMapping("/agreements/settings")
	@PreAuthorize(Access.MANAGE)
	String saveSettings(@Valid @ModelAttribute SettingsForm settingsForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.settings.save(settingsForm.values());
				redirect.addFlashAttribute("success", "agreement.settings.saved");
				return "redirect:/agreements/settings";
			}
			catch (InvalidInputException ex) {
				for (FieldError error : ex.errors().getFieldErrors()) {
					errors.rejectValue(error.getField(), error.getCode(), error.getArguments(), null);
				}
			}
		}
		return settingsPage(model);
	}

	private String settingsPage(Model model) {
		SettingsForm form = (SettingsForm) model.getAttribute("settingsForm");
		LocalDate today = this.agreements.today();
		String example = null;
		if (form != null && form.numberFormat() != null && LetterNumberFormat.problem(form.numberFormat()) == null) {
			example = LetterNumberFormat.format(form.numberFormat(), 12,
					(form.unitCode() != null) ? form.unitCode().strip() : "", AgreementKind.MOU, today);
		}
		model.addAttribute("example", example);
		model.addAttribute("defaultFormat", AgreementSettings.DEFAULT_FORMAT);
		return "agreement/settings";
	}

	@GetMapping("/agreements/library")
	String library(Model model) {
		model.addAttribute("libraryForm", LibraryForm.of(this.library.clauses()).withNewRows());
		return libraryPage(model);
	}

	@PostMapping("/agreements/library")
	@PreAuthorize(Access.MANAGE)
	String saveLibrary(@Valid @ModelAttribute LibraryForm libraryForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		libraryForm.check(errors);
		if (!errors.hasErrors()) {
			try {
				this.library.save(libraryForm.clauseList());
				redirect.addFlashAttribute("success", "agreement.library.saved");
				return "redirect:/agreements/library";
			}
			catch (InvalidInputException ex) {
				ex.errors().getGlobalErrors().forEach((error) -> errors.reject(error.getCode()));
				if (!errors.hasErrors()) {
					errors.reject("validation.agreement.library.invalid");
				}
			}
		}
		// the submitted rows as they were: the messages are bound to their positions
		return libraryPage(model);
	}

	@PostMapping("/agreements/library/reset")
	@PreAuthorize(Access.MANAGE)
	String resetLibrary(RedirectAttributes redirect) {
		this.library.reset();
		redirect.addFlashAttribute("success", "agreement.library.resetDone");
		return "redirect:/agreements/library";
	}

	private String libraryPage(Model model) {
		model.addAttribute("customised", this.library.customised());
		model.addAttribute("clauseTypes", ClauseType.values());
		return "agreement/library";
	}

}
