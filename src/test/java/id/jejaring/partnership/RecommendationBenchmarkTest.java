package id.jejaring.partnership;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a timed test: an institution of its own with 100,000 partners spread
 * over five categories and the regions around it, a fifth offering facilities, and 20,000
 * interactions; then the recommendation for a facilities need asking for businesses
 * (about half the partners pass the prefilter), 10 runs after 3 warm-up runs; prints the
 * median and p95 in ms. Rows are written with batched JDBC on the Hibernate transaction's
 * connection (so the tenant setting and row security apply).
 *
 * <p>
 * On request: {@code ./mvnw -B test -Dtest=RecommendationBenchmarkTest
 * -Djejaring.benchmark=true} (add {@code -Ppostgres} and {@code JEJARING_TEST_DB_URL} for
 * PostgreSQL).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "jejaring.benchmark", matches = "true")
class RecommendationBenchmarkTest {

	@Autowired
	PipelineFixtures pipelineFixtures;

	static final int PARTNERS = 100_000;

	static final int INTERACTIONS = 20_000;

	static final int RUNS = 10;

	static final String[] CATEGORIES = { "BUSINESS.SMALL", "BUSINESS.CSR", "COMMUNITY.PKK", "FINANCE.BANK",
			"EDUCATION.SCHOOL" };

	static final String[] REGIONS = { "32.04.33", "32.04.10", "32.73.01", "32.77", "33.74", "31.71" };

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	InteractionRepository interactions;

	@Autowired
	PartnerRecommendations recommendations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void recommendationWithAHundredThousandPartners() {
		PipelineFixture lkp = this.pipelineFixtures.create();
		Need need = lkp.need(NeedAspect.FACILITIES, List.of("BUSINESS"));
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		long start = System.nanoTime();
		lkp.as(() -> transaction.execute((status) -> insert(lkp.institution)));
		// After the commit, so the planner sees the new rows.
		this.jdbc.execute("analyze");
		System.out.printf("BENCHMARK inserted %d partners in %d ms%n", PARTNERS,
				(System.nanoTime() - start) / 1_000_000);
		try {
			measure(lkp, need);
		}
		finally {
			lkp.as(() -> transaction.execute((status) -> {
				this.jdbc.update("delete from interaction where created_by = 'benchmark'");
				this.jdbc.update("delete from partner_offering where created_by = 'benchmark'");
				return this.jdbc.update("delete from partner where created_by = 'benchmark'");
			}));
		}
	}

	private void measure(PipelineFixture lkp, Need need) {
		long[] times = new long[RUNS];
		int considered = 0;
		for (int run = -3; run < RUNS; run++) {
			long begin = System.nanoTime();
			PartnerRecommendations.Recommendation result = lkp.as(() -> this.recommendations.forNeed(need.getId()));
			long elapsed = System.nanoTime() - begin;
			considered = result.considered();
			assertThat(result.ranked()).hasSize(PartnerRecommendations.SHOWN);
			if (run >= 0) {
				times[run] = elapsed;
			}
		}
		Arrays.sort(times);
		System.out.printf("BENCHMARK recommendation considered %6d  median %7.1f ms  p95 %7.1f ms%n", considered,
				times[RUNS / 2] / 1e6, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
	}

	private Integer insert(UUID institution) {
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> partnerRows = new ArrayList<>();
		List<Object[]> offeringRows = new ArrayList<>();
		List<Object[]> interactionRows = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < PARTNERS; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			String name = "PT Tolok Ukur " + i;
			partnerRows.add(new Object[] { id, institution, name, name.toLowerCase(), CATEGORIES[i % CATEGORIES.length],
					REGIONS[random.nextInt(REGIONS.length)], now, now });
			if (i % 5 == 0) {
				offeringRows.add(new Object[] { UUID.randomUUID(), institution, id, now, now });
			}
		}
		for (int i = 0; i < INTERACTIONS; i++) {
			interactionRows.add(new Object[] { UUID.randomUUID(), institution, ids.get(random.nextInt(PARTNERS)),
					Date.valueOf(LocalDate.now().minusDays(random.nextInt(700))), now, now });
		}
		int[][] written = this.jdbc.batchUpdate(
				"insert into partner (id, version, institution_id, kind, name, "
						+ "name_normalised, category_code, region_code, csr_program, status, archived, "
						+ "created_at, created_by, updated_at, updated_by) values (?, 0, ?, 'ORGANISATION', ?, "
						+ "?, ?, ?, false, 'ACTIVE', false, ?, 'benchmark', ?, 'benchmark')",
				partnerRows, 1000, (statement, row) -> set(statement, row));
		this.jdbc.batchUpdate("insert into partner_offering (id, version, institution_id, partner_id, aspect, "
				+ "created_at, created_by, updated_at, updated_by) values (?, 0, ?, ?, 'FACILITIES', ?, 'benchmark', "
				+ "?, 'benchmark')", offeringRows, 1000, (statement, row) -> set(statement, row));
		this.jdbc.batchUpdate("insert into interaction (id, version, institution_id, partner_id, occurred_on, kind, "
				+ "approach, follow_up_done, created_at, created_by, updated_at, updated_by) values (?, 0, ?, ?, ?, "
				+ "'VISIT', 'PERSONAL', false, ?, 'benchmark', ?, 'benchmark')", interactionRows, 1000,
				(statement, row) -> set(statement, row));
		return written.length;
	}

	private static void set(java.sql.PreparedStatement statement, Object[] row) throws java.sql.SQLException {
		for (int column = 0; column < row.length; column++) {
			statement.setObject(column + 1, row[column]);
		}
	}

}
