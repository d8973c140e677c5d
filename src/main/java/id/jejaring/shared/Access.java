package id.jejaring.shared;

/**
 * Who may do what with an institution's data, as {@code @PreAuthorize} expressions.
 * Reading needs an institution in the tenant context: one's own, or one a facilitator,
 * supervisor or admin is visiting through the audited oversight path.
 */
public final class Access {

	/** Read an institution's records. */
	public static final String READ = "hasAnyRole('MANAGER', 'STAFF', 'FACILITATOR', 'SUPERVISOR', 'PLATFORM_ADMIN')";

	/** Enter and change day-to-day records. */
	public static final String EDIT = "hasAnyRole('MANAGER', 'STAFF')";

	/** Decisions and settings reserved for the institution's manager. */
	public static final String MANAGE = "hasRole('MANAGER')";

	private Access() {
	}

}
