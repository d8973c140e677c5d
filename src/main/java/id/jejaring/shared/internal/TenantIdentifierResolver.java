package id.jejaring.shared.internal;

import java.util.Map;
import java.util.UUID;

import id.jejaring.shared.TenantContext;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives Hibernate the current institution for {@code @TenantId}. Without one it answers a
 * tenant that matches no row; it never answers a "root" tenant that would lift the
 * filter.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID>, HibernatePropertiesCustomizer {

	@Override
	public UUID resolveCurrentTenantIdentifier() {
		return TenantContext.current().orElse(TenantContext.NONE);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}

}
