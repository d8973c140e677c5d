package id.jejaring.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check: refuses at once while an account or address is locked, and
 * counts failures. The locked message does not say whether the password was right.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	private final SecurityLog securityLog;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle, SecurityLog securityLog) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.securityLog = securityLog;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Optional<Instant> locked = this.throttle.lockedUntil(username, address);
		if (locked.isPresent()) {
			this.securityLog.record(SecurityEvent.Kind.SIGN_IN_LOCKED, username, null, "until " + locked.get());
			throw new LockedException("Sign-in locked until " + locked.get());
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
