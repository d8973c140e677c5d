package id.jejaring.agreement;

import java.util.HashMap;

import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/** The current institution's agreement settings; the manager changes them. */
@Service
@Transactional(readOnly = true)
public class AgreementSettingsManagement {

	static final int MAX_DAYS = 730;

	private final AgreementSettingsRepository settings;

	AgreementSettingsManagement(AgreementSettingsRepository settings) {
		this.settings = settings;
	}

	/**
	 * The saved settings, or the defaults. Open to background jobs in a tenant context.
	 */
	public AgreementSettings.Values current() {
		return this.settings.findFirstBy().map(AgreementSettings::values).orElseGet(AgreementSettings::defaults);
	}

	@PreAuthorize(Access.MANAGE)
	@Transactional
	public AgreementSettings.Values save(AgreementSettings.Values values) {
		Errors errors = new MapBindingResult(new HashMap<>(), "settings");
		check(values, errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		AgreementSettings saved = this.settings.findFirstBy().orElse(null);
		if (saved == null) {
			saved = new AgreementSettings(values);
		}
		else {
			saved.update(values);
		}
		return this.settings.saveAndFlush(saved).values();
	}

	static void check(AgreementSettings.Values values, Errors errors) {
		String problem = LetterNumberFormat.problem(values.numberFormat());
		if (problem != null) {
			errors.rejectValue("numberFormat", problem);
		}
		else if (values.numberFormat().length() > 200) {
			errors.rejectValue("numberFormat", "validation.agreement.tooLong", new Object[] { 200 }, null);
		}
		if (values.unitCode() == null || values.unitCode().isBlank()) {
			errors.rejectValue("unitCode", "validation.agreement.unitCode");
		}
		else if (values.unitCode().length() > 50) {
			errors.rejectValue("unitCode", "validation.agreement.tooLong", new Object[] { 50 }, null);
		}
		if (values.endingSoonDays() < 1 || values.endingSoonDays() > MAX_DAYS) {
			errors.rejectValue("endingSoonDays", "validation.agreement.days", new Object[] { MAX_DAYS }, null);
		}
		if (values.reminderDays().size() > 6
				|| values.reminderDays().stream().anyMatch((d) -> d == null || d < 1 || d > MAX_DAYS)) {
			errors.rejectValue("reminderDays", "validation.agreement.reminderDays", new Object[] { MAX_DAYS }, null);
		}
	}

}
