package id.jejaring.shared;

import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The tenant walls: Hibernate's @TenantId on every query, and on PostgreSQL row-level
 * security for the application's database role, even for SQL that bypasses Hibernate.
 */
@SpringBootTest
class TenantMechanismTest {

	@Autowired
	TenantProbeRepository probes;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DataSource dataSource;

	UUID bandung;

	UUID semarang;

	@BeforeEach
	void institutions() {
		this.bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		this.semarang = this.institutions.findByNpsn("K5659876").orElseThrow().getId();
	}

	@Test
	void insertTakesTheCurrentInstitutionAndQueriesSeeOnlyIt() {
		String label = "probe-" + UUID.randomUUID();
		TenantProbe saved = TenantContext.callAs(this.bandung,
				() -> this.transaction.execute((status) -> this.probes.save(new TenantProbe(label))));
		assertThat(saved.getInstitutionId()).isEqualTo(this.bandung);

		TenantContext.runAs(this.bandung, () -> {
			assertThat(this.probes.findByLabel(label)).hasSize(1);
			assertThat(this.probes.findById(saved.getId())).isPresent();
		});
		TenantContext.runAs(this.semarang, () -> {
			assertThat(this.probes.findByLabel(label)).isEmpty();
			assertThat(this.probes.findById(saved.getId())).isEmpty();
			assertThat(this.probes.findAll()).noneMatch((probe) -> probe.getId().equals(saved.getId()));
		});
	}

	@Test
	void withoutATenantNothingIsVisible() {
		String label = "probe-" + UUID.randomUUID();
		TenantContext.runAs(this.bandung,
				() -> this.transaction.executeWithoutResult((status) -> this.probes.save(new TenantProbe(label))));
		assertThat(TenantContext.current()).isEmpty();
		assertThat(this.probes.findByLabel(label)).isEmpty();
	}

	@Test
	void postgresRowSecurityHidesOtherInstitutionsFromNativeSql() throws Exception {
		assumeThat(isPostgres()).as("row-level security exists on PostgreSQL only").isTrue();
		TenantContext.runAs(this.bandung, () -> this.transaction
			.executeWithoutResult((status) -> this.probes.save(new TenantProbe("rls-" + UUID.randomUUID()))));

		long bandungSees = TenantContext.callAs(this.bandung,
				() -> this.transaction.execute((status) -> this.probes.countWithNativeSql()));
		long semarangSees = TenantContext.callAs(this.semarang,
				() -> this.transaction.execute((status) -> this.probes.countWithNativeSql()));
		assertThat(bandungSees).isPositive();
		assertThat(semarangSees).isZero();

		// A connection that never said which institution it works for sees nothing.
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select count(*) from tenant_probe", Long.class)).isZero();
	}

	@Test
	void postgresRowSecurityRefusesWritesForAnotherInstitution() throws Exception {
		assumeThat(isPostgres()).as("row-level security exists on PostgreSQL only").isTrue();
		assertThatThrownBy(() -> TenantContext.runAs(this.bandung,
				() -> this.transaction.executeWithoutResult((status) -> new JdbcTemplate(this.dataSource).update(
						"insert into tenant_probe (id, version, institution_id, label, created_at, updated_at) "
								+ "values (?, 0, ?, 'smuggled', current_timestamp, current_timestamp)",
						UUID.randomUUID(), this.semarang))))
			.hasStackTraceContaining("row-level security");
	}

	@Test
	void applicationRoleDoesNotOwnTheTables() throws Exception {
		assumeThat(isPostgres()).isTrue();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String owner = jdbc.queryForObject("select tableowner from pg_tables where tablename = 'tenant_probe'",
				String.class);
		String appRole = jdbc.queryForObject("select current_user", String.class);
		assertThat(owner).isNotEqualTo(appRole);
		Boolean forced = jdbc.queryForObject("select relforcerowsecurity from pg_class where relname = 'tenant_probe'",
				Boolean.class);
		assertThat(forced).isTrue();
	}

	private boolean isPostgres() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
		}
	}

}
