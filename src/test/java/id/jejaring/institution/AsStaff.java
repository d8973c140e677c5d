package id.jejaring.institution;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.shared.TenantContext;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test set-up outside MockMvc: work done for an institution by a staff member (so the
 * services' {@code @PreAuthorize} rules pass and audit columns are filled).
 */
public final class AsStaff {

	private AsStaff() {
	}

	public static <T> T call(UUID institutionId, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("uji.staf", null,
				List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(institutionId, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(UUID institutionId, Runnable work) {
		call(institutionId, () -> {
			work.run();
			return null;
		});
	}

}
