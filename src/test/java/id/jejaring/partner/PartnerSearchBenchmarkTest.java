package id.jejaring.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a timed test: 100,000 partners (a third with a contact) in one
 * institution, then the partner list's query (first page of 25 sorted by name, with its
 * count) with a name term, a contact-name term, a phone term, a common name term, a
 * category filter and no filter, 20 runs each after 3 warm-up runs; prints the median and
 * p95 in ms. The rows are written with batched JDBC on the Hibernate transaction's
 * connection (so the tenant setting and row security apply) and deleted again at the end.
 *
 * <p>
 * Run on PostgreSQL only, on request: {@code JEJARING_TEST_DB_URL=… ./mvnw -B test
 * -Ppostgres -Dtest=PartnerSearchBenchmarkTest -Djejaring.benchmark=true}
 * (-Dsurefire.failIfNoSpecifiedTests=false is not needed).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "jejaring.benchmark", matches = "true")
class PartnerSearchBenchmarkTest {

	static final int PARTNERS = 100_000;

	static final int RUNS = 20;

	static final String MARK = "benchmark";

	static final String[] WORDS = { "Sinar", "Maju", "Jaya", "Abadi", "Sejahtera", "Mandiri", "Karya", "Makmur",
			"Sentosa", "Lestari", "Berkah", "Utama", "Mulia", "Citra", "Bangun", "Prima", "Harapan", "Nusantara",
			"Cahaya", "Persada" };

	static final String[] SECTORS = { "Garmen", "Tata boga", "Perbankan", "Otomotif", "Kecantikan", "Pertanian",
			"Pendidikan", "Kerajinan", "Teknologi informasi", "Perhotelan" };

	static final String[] CATEGORIES = { "BUSINESS.SMALL", "BUSINESS.CSR", "COMMUNITY.PKK" };

	static final String[] PEOPLE = { "Siti", "Dewi", "Budi", "Agus", "Rina", "Asep", "Yanti", "Dedi", "Euis", "Ujang" };

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void listWithAHundredThousandPartners() {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		UUID bandung = mother.bandung();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		long start = System.nanoTime();
		mother.as(bandung, () -> transaction.execute((status) -> insert(bandung)));
		System.out.printf("BENCHMARK inserted %d partners in %d ms%n", PARTNERS,
				(System.nanoTime() - start) / 1_000_000);
		try {
			// as the owner: for the application role ANALYZE only warns and skips the
			// table,
			// leaving the planner with the statistics of an empty registry
			JdbcTemplate owner = new JdbcTemplate(this.flyway.getConfiguration().getDataSource());
			owner.execute("analyze partner");
			owner.execute("analyze partner_contact");
			measure(mother, bandung, "name term 'sinar maju'",
					new PartnerFilter("sinar maju", null, null, null, null, null, false));
			measure(mother, bandung, "contact name term 'euis 4242'",
					new PartnerFilter("Euis 4242", null, null, null, null, null, false));
			measure(mother, bandung, "phone term '0812-0004-2'",
					new PartnerFilter("0812-0004-2", null, null, null, null, null, false));
			measure(mother, bandung, "common name term 'jaya'",
					new PartnerFilter("jaya", null, null, null, null, null, false));
			measure(mother, bandung, "category BUSINESS.CSR",
					new PartnerFilter(null, "BUSINESS.CSR", null, null, null, null, false));
			measure(mother, bandung, "no filter", PartnerFilter.ALL);
		}
		finally {
			mother.as(bandung, () -> transaction.execute((status) -> {
				this.jdbc.update("delete from partner_contact where notes = ?", MARK);
				return this.jdbc.update("delete from partner where found_through = ?", MARK);
			}));
		}
	}

	private Integer insert(UUID institution) {
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> partnerRows = new ArrayList<>();
		List<Object[]> contactRows = new ArrayList<>();
		for (int i = 0; i < PARTNERS; i++) {
			UUID id = UUID.randomUUID();
			String name = "PT " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
					+ SECTORS[random.nextInt(SECTORS.length)] + " " + i;
			String phone = String.format("+62812%08d", i);
			partnerRows.add(new Object[] { id, institution, name, PartnerNames.normalise(name),
					CATEGORIES[i % CATEGORIES.length], SECTORS[i % SECTORS.length], "32.04.33", phone,
					"mitra" + i + "@contoh.co.id", MARK, now, now });
			if (i % 3 == 0) {
				contactRows.add(new Object[] { UUID.randomUUID(), institution, id,
						"Ibu " + PEOPLE[random.nextInt(PEOPLE.length)] + " " + i, String.format("+62813%08d", i), MARK,
						now, now });
			}
		}
		int[][] written = this.jdbc.batchUpdate("insert into partner (id, version, institution_id, kind, name, "
				+ "name_normalised, category_code, sector, region_code, phone, email, csr_program, status, archived, "
				+ "found_through, created_at, created_by, updated_at, updated_by) values (?, 0, ?, 'ORGANISATION', ?, "
				+ "?, ?, ?, ?, ?, ?, false, 'ACTIVE', false, ?, ?, 'benchmark', ?, 'benchmark')", partnerRows, 1000,
				(statement, row) -> {
					for (int column = 0; column < row.length; column++) {
						statement.setObject(column + 1, row[column]);
					}
				});
		this.jdbc.batchUpdate("insert into partner_contact (id, version, institution_id, partner_id, name, phone, "
				+ "notes, created_at, created_by, updated_at, updated_by) values (?, 0, ?, ?, ?, ?, ?, ?, 'benchmark', ?, "
				+ "'benchmark')", contactRows, 1000, (statement, row) -> {
					for (int column = 0; column < row.length; column++) {
						statement.setObject(column + 1, row[column]);
					}
				});
		return written.length;
	}

	private void measure(PartnerMother mother, UUID bandung, String label, PartnerFilter filter) {
		PageRequest firstPage = PageRequest.of(0, 25, Sort.by("name", "id"));
		long[] times = new long[RUNS];
		long total = 0;
		for (int run = -3; run < RUNS; run++) {
			long start = System.nanoTime();
			total = mother.as(bandung, () -> this.partners.list(filter, firstPage).getTotalElements());
			long elapsed = System.nanoTime() - start;
			if (run >= 0) {
				times[run] = elapsed;
			}
		}
		Arrays.sort(times);
		assertThat(total).isPositive();
		System.out.printf("BENCHMARK %-32s matches %6d  median %7.1f ms  p95 %7.1f ms%n", label, total,
				times[RUNS / 2] / 1e6, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
	}

}
