package id.jejaring.partner;

import java.util.Optional;
import java.util.UUID;

/**
 * The deletion check, owned by the partner module: a later module that refers to partners
 * (agreements, activities…) implements it and says why a partner cannot be deleted.
 * Called inside the current institution's tenant context.
 */
public interface PartnerReferences {

	/**
	 * @return the reason, for the user, why the partner cannot be deleted, or empty when
	 * this module does not refer to it
	 */
	Optional<String> whyNotDeletable(UUID partnerId);

}
