package id.jejaring.shared.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * Hands Hibernate its connections and, on PostgreSQL, tells the database which
 * institution the Hibernate session (one per transaction, as open-in-view is off) works
 * for, so the row-level security policies see the same tenant as {@code @TenantId}. The
 * setting is cleared when the connection goes back to the pool; SQL that bypasses
 * Hibernate outside a transaction therefore sees no tenant's rows at all.
 */
class TenantConnectionProvider implements MultiTenantConnectionProvider<UUID>, HibernatePropertiesCustomizer {

	private static final String SET_TENANT = "select set_config('jejaring.institution_id', ?, false)";

	private final DataSource dataSource;

	private final boolean rowSecurity;

	TenantConnectionProvider(DataSource dataSource, boolean rowSecurity) {
		this.dataSource = dataSource;
		this.rowSecurity = rowSecurity;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, this);
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return this.dataSource.getConnection();
	}

	@Override
	public void releaseAnyConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public Connection getConnection(UUID tenant) throws SQLException {
		Connection connection = getAnyConnection();
		try {
			setTenant(connection, tenant.toString());
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

	@Override
	public void releaseConnection(UUID tenant, Connection connection) throws SQLException {
		try {
			setTenant(connection, "");
		}
		finally {
			connection.close();
		}
	}

	private void setTenant(Connection connection, String tenant) throws SQLException {
		if (!this.rowSecurity) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
			statement.setString(1, tenant);
			statement.execute();
		}
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public boolean isUnwrappableAs(Class<?> unwrapType) {
		return unwrapType.isInstance(this);
	}

	@Override
	public <T> T unwrap(Class<T> unwrapType) {
		return unwrapType.cast(this);
	}

}
