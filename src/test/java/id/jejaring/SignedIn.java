package id.jejaring;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * MockMvc requests as a real (demo or test-made) user, with the application's own
 * principal, so tenant scoping and roles work exactly as after a form sign-in.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}

}
