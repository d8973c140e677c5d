package id.jejaring.shared;

import org.springframework.validation.Errors;

/**
 * Input that failed a check needing the database (unknown region, taken number); the API
 * answers it like bean-validation errors, field by field in the caller's language.
 */
public class InvalidInputException extends RuntimeException {

	private final transient Errors errors;

	public InvalidInputException(Errors errors) {
		super("Invalid input");
		this.errors = errors;
	}

	public Errors errors() {
		return this.errors;
	}

}
