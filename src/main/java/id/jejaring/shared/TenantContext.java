package id.jejaring.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which institution the current work is for: the signed-in user's own, or one entered
 * explicitly through {@link #callAs} by an audited path (facilitator, supervisor, admin,
 * background jobs). There is no "all tenants" mode.
 */
public final class TenantContext {

	/** Tenant used when there is none: matches no row. */
	public static final UUID NONE = new UUID(0, 0);

	private static final ThreadLocal<UUID> ENTERED = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<UUID> current() {
		UUID entered = ENTERED.get();
		if (entered != null) {
			return Optional.of(entered);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TenantMember member) {
			return Optional.ofNullable(member.institutionId());
		}
		return Optional.empty();
	}

	public static UUID require() {
		return current().orElseThrow(NotFoundException::new);
	}

	/**
	 * Runs work for the given institution. Callers must have checked that the user may
	 * see it and recorded the access; transactions must start inside the work so
	 * Hibernate and PostgreSQL pick the tenant up.
	 */
	public static <T> T callAs(UUID institutionId, Supplier<T> work) {
		UUID previous = ENTERED.get();
		ENTERED.set(institutionId);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				ENTERED.remove();
			}
			else {
				ENTERED.set(previous);
			}
		}
	}

	public static void runAs(UUID institutionId, Runnable work) {
		callAs(institutionId, () -> {
			work.run();
			return null;
		});
	}

}
