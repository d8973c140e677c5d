package id.jejaring.partner;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A stand-in for a later module that refers to partners: it objects to deleting the
 * partners a test registers, and to no other (so the shared test context stays usable by
 * every test class).
 */
@Component
class ObjectingPartnerReferences implements PartnerReferences {

	static final String REASON = "Mitra ini masih tercatat dalam 2 kesepakatan kerja sama.";

	static final Set<UUID> REFERRED = ConcurrentHashMap.newKeySet();

	@Override
	public Optional<String> whyNotDeletable(UUID partnerId) {
		return REFERRED.contains(partnerId) ? Optional.of(REASON) : Optional.empty();
	}

}
