package id.jejaring.shared;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Work done outside a request as a given user inside a given institution (the demo
 * loaders): the user's roles pass {@code @PreAuthorize}, the audit columns name them, and
 * the tenant context scopes every query. The caller's own security context comes back
 * afterwards.
 */
public final class SignedInWork {

	private SignedInWork() {
	}

	public static void run(UserDetails user, java.util.UUID institution, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			TenantContext.runAs(institution, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
