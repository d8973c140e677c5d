package id.jejaring.identity;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins, failed sign-ins and sign-outs to the security log.
 */
@Component
class SignInEvents {

	private final SecurityLog securityLog;

	SignInEvents(SecurityLog securityLog) {
		this.securityLog = securityLog;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.securityLog.record(SecurityEvent.Kind.SIGN_IN, event.getAuthentication().getName(),
				institutionOf(event.getAuthentication().getPrincipal()), null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!"token".equals(event.getAuthentication().getName())) {
			this.securityLog.record(SecurityEvent.Kind.SIGN_IN_FAILED, event.getAuthentication().getName(), null,
					event.getException().getClass().getSimpleName());
		}
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.securityLog.record(SecurityEvent.Kind.SIGN_OUT, event.getAuthentication().getName(),
				institutionOf(event.getAuthentication().getPrincipal()), null);
	}

	private static UUID institutionOf(Object principal) {
		return (principal instanceof JejaringUser user) ? user.institutionId() : null;
	}

}
