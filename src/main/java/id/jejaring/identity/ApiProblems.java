package id.jejaring.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem details for the API's 401 and 403, written before any controller runs.
 */
final class ApiProblems {

	private ApiProblems() {
	}

	static void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws IOException {
		write(response, HttpStatus.UNAUTHORIZED, "Sign in or send a valid personal API token.", request);
	}

	static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception ex) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Your role may not do this.", request);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail,
			HttpServletRequest request) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
					+ request.getRequestURI().replace("\"", "") + "\"}");
	}

}
