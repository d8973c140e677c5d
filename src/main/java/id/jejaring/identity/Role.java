package id.jejaring.identity;

import java.util.Set;

/**
 * What a user may do. Managers and staff (and later partner contacts) belong to one
 * institution; the others work across institutions through explicit, audited paths.
 */
public enum Role {

	PLATFORM_ADMIN, MANAGER, STAFF, FACILITATOR, SUPERVISOR, PARTNER;

	/** Roles that belong to exactly one institution. */
	public static final Set<Role> INSTITUTION_ROLES = Set.of(MANAGER, STAFF, PARTNER);

	public boolean belongsToInstitution() {
		return INSTITUTION_ROLES.contains(this);
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key of the role's name. */
	public String messageKey() {
		return "role." + name();
	}

}
