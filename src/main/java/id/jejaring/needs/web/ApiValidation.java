package id.jejaring.needs.web;

import java.util.function.Consumer;

import id.jejaring.shared.InvalidInputException;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Validates an API request inside the controller method rather than with {@code @Valid}
 * on the parameter: argument validation runs before method security, so a caller whose
 * role may not use the route would be told about the fields (400) instead of being
 * refused (403).
 */
@Component
class ApiValidation {

	private final SpringValidatorAdapter validator;

	ApiValidation(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** The annotations, then the request's own checks; 400 with every message. */
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

}
