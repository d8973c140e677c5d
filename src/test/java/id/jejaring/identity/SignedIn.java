package id.jejaring.identity;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Requests made as a stored user: the principal is the application's own
 * {@link JejaringUser}, loaded as sign-in would load it.
 */
final class SignedIn {

	private final JejaringUserDetailsService userDetails;

	SignedIn(JejaringUserDetailsService userDetails) {
		this.userDetails = userDetails;
	}

	RequestPostProcessor as(String username) {
		return user(this.userDetails.loadUserByUsername(username));
	}

	RequestPostProcessor as(UserAccount account) {
		return as(account.getUsername());
	}

}
