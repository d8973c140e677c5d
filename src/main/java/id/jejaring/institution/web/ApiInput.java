package id.jejaring.institution.web;

import java.util.function.Consumer;

import id.jejaring.shared.InvalidInputException;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks an API request body inside the handler, after the role check: with
 * {@code @Valid} on the parameter a caller without the role would learn about invalid
 * fields (400) instead of being refused (403).
 */
@Component
class ApiInput {

	private final SpringValidatorAdapter validator;

	ApiInput(jakarta.validation.Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * Bean validation, then the further checks; throws a 400 problem with a message per
	 * field when anything fails.
	 */
	<T> T check(T request, Consumer<Errors> moreChecks) {
		BindingResult errors = new BeanPropertyBindingResult(request, "request");
		this.validator.validate(request, errors);
		if (!errors.hasErrors()) {
			moreChecks.accept(errors);
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		return request;
	}

}
