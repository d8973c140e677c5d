package id.jejaring.shared.internal;

import id.jejaring.shared.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A JPA transaction manager that, on PostgreSQL, tells the database which institution the
 * transaction is for ({@code set_config(..., true)} lasts until commit or rollback), so
 * the row-level security policies see the same tenant as Hibernate.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

	private final boolean rowSecurity;

	TenantAwareTransactionManager(EntityManagerFactory emf, boolean rowSecurity) {
		super(emf);
		this.rowSecurity = rowSecurity;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		if (!this.rowSecurity) {
			return;
		}
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		EntityManager em = holder.getEntityManager();
		String tenant = TenantContext.current().orElse(TenantContext.NONE).toString();
		em.unwrap(Session.class).doWork((connection) -> {
			try (var statement = connection.prepareStatement("select set_config('jejaring.institution_id', ?, true)")) {
				statement.setString(1, tenant);
				statement.execute();
			}
		});
	}

}
