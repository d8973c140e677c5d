package id.jejaring;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On PostgreSQL the test database outlives the test run: start each run from an empty
 * schema, once per JVM so that cached application contexts keep their data.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres-test")
class PostgresTestDatabase {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return (flyway) -> {
			if (CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
