package id.jejaring.agreement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import id.jejaring.shared.InvalidInputException;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Validates an agreement API request inside the controller method, after method security,
 * so a refused role gets 403 rather than a list of field messages; and reads the dates
 * typed as {@code yyyy-mm-dd}.
 */
@Component("agreementApiChecks")
class AgreementApiChecks {

	static final String DATE = "^\\s*$|^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$";

	private final SpringValidatorAdapter validator;

	AgreementApiChecks(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	<T> T check(T request, String name, Consumer<Errors> checks) {
		if (request == null) {
			throw new InvalidInputException(new BeanPropertyBindingResult(null, name));
		}
		Errors errors = new BeanPropertyBindingResult(request, name);
		this.validator.validate(request, errors);
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		return request;
	}

	/** The date, or null when blank or not a real date. */
	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Rejects a date of the right shape that does not exist (2026-02-31). */
	static void checkDate(Errors errors, String field, String text) {
		if (text != null && !text.isBlank() && !errors.hasFieldErrors(field) && date(text) == null) {
			errors.rejectValue(field, "validation.date");
		}
	}

}
