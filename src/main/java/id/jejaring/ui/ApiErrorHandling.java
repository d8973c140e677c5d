package id.jejaring.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.StaleDataException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON API errors (before {@link ErrorHandling}, which would also match REST controllers)
 * as RFC 9457 problem details, with validation messages per field in the caller's
 * language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found");
	}

	@ExceptionHandler({ StaleDataException.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail stale(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("error.stale", null, locale));
	}

	@ExceptionHandler(AuthorizationDeniedException.class)
	ProblemDetail denied() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role may not do this.");
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalid(InvalidInputException ex, Locale locale) {
		ProblemDetail problem = validationProblem(ex.errors().getFieldErrors(), locale);
		// checks of the body as a whole (no single field to blame) are said in "detail"
		List<String> whole = ex.errors()
			.getGlobalErrors()
			.stream()
			.map((error) -> this.messages.getMessage(error, locale))
			.toList();
		if (!whole.isEmpty()) {
			problem.setDetail(String.join(" ", whole));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(validationProblem(ex.getBindingResult().getFieldErrors(), LocaleContextHolder.getLocale()));
	}

	private ProblemDetail validationProblem(List<FieldError> fieldErrors, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : fieldErrors) {
			errors.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.validation", null, locale));
		problem.setProperty("errors", errors);
		return problem;
	}

}
