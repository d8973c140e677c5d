package id.jejaring.shared;

import java.util.UUID;

/**
 * Implemented by the signed-in principal so the tenant context can find its institution
 * without the kernel knowing the identity module.
 */
public interface TenantMember {

	/**
	 * The institution this principal belongs to, or {@code null} for users who belong to
	 * none (platform admin, facilitators, supervisors).
	 */
	UUID institutionId();

}
