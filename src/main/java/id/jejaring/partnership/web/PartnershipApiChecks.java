package id.jejaring.partnership.web;

import java.util.function.Consumer;

import id.jejaring.shared.InvalidInputException;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Validates an API request inside the controller method, after method security, so a
 * refused role gets 403 rather than a list of field messages.
 */
@Component("partnershipApiChecks")
class PartnershipApiChecks {

	private final SpringValidatorAdapter validator;

	PartnershipApiChecks(Validator validator) {
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

}
