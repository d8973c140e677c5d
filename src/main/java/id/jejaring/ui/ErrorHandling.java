package id.jejaring.ui;

import java.net.URI;
import java.util.Optional;

import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.StaleDataException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTML pages: "not found" (also for other institutions' ids) and "changed by someone
 * else" in the user's language. Other errors fall through to Boot's error view
 * ({@code templates/error/*.html}), which never shows a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class ErrorHandling {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler({ StaleDataException.class, ObjectOptimisticLockingFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView stale(HttpServletRequest request) {
		ModelAndView view = new ModelAndView("error/stale");
		view.addObject("reloadUrl", sameSitePath(request.getHeader("Referer")).orElse(request.getRequestURI()));
		return view;
	}

	/** The path of the page the user came from, when it is one of ours. */
	private static Optional<String> sameSitePath(String referer) {
		try {
			return Optional.ofNullable(referer)
				.map(URI::create)
				.map(URI::getRawPath)
				.filter(path -> path.startsWith("/"));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
