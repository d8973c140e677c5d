package id.jejaring.partner.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.StandardBasicTypes;

/**
 * On PostgreSQL, lets a query ask whether a partner matches the search box through the
 * trigram indexes: {@code partner_search_match(p.id, words, nameWords, digits)} becomes
 * {@code p.id in (select jejaring_partner_search(…))}, the function of migration
 * {@code V14_1__partner_search.sql} (why a function: row security keeps LIKE away from
 * indexes). Other databases do not get the function and search with plain predicates.
 * Registered through {@code META-INF/services}.
 */
public class PartnerSearchFunction implements FunctionContributor {

	/** The HQL/Criteria name of the predicate. */
	public static final String NAME = "partner_search_match";

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		if (contributions.getDialect() instanceof PostgreSQLDialect) {
			contributions.getFunctionRegistry()
				.patternDescriptorBuilder(NAME, "(?1 in (select jejaring_partner_search(?2, ?3, ?4)))")
				.setExactArgumentCount(4)
				.setInvariantType(
						contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
				.register();
		}
	}

	/** Whether the persistence unit has the function (so runs on PostgreSQL). */
	public static boolean registered(EntityManagerFactory entityManagers) {
		return entityManagers.unwrap(SessionFactoryImplementor.class)
			.getQueryEngine()
			.getSqmFunctionRegistry()
			.findFunctionDescriptor(NAME) != null;
	}

}
