package id.jejaring.shared;

import java.util.UUID;

import org.springframework.core.task.TaskDecorator;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Carries the submitting thread's institution and signed-in user into background work, so
 * that the worker passes the same {@code @PreAuthorize} checks, reads and writes the same
 * tenant's rows (Hibernate's {@code @TenantId} and PostgreSQL row security) and records
 * the same user in the audit columns. The work runs with nothing when submitted without
 * an institution, so it cannot reach any tenant's rows.
 */
public class TenantTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable work) {
		UUID institution = TenantContext.current().orElse(TenantContext.NONE);
		SecurityContext submitted = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(submitted.getAuthentication());
		return () -> {
			SecurityContext previous = SecurityContextHolder.getContext();
			SecurityContextHolder.setContext(context);
			try {
				TenantContext.runAs(institution, work);
			}
			finally {
				SecurityContextHolder.setContext(previous);
			}
		};
	}

}
