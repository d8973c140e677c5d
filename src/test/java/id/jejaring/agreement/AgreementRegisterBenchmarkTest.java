package id.jejaring.agreement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A benchmark, not a timed test: 20,000 agreements (two parties each) in one institution,
 * spread over every status, then the register's first page of 25 with its count and the
 * grouped party names, for each of its usual filters; 10 runs after 3 warm-up runs;
 * prints the median and p95 in ms. Rows are written with batched JDBC on the Hibernate
 * transaction's connection (so the tenant setting and row security apply) and removed
 * afterwards.
 *
 * <p>
 * On request: {@code ./mvnw -B test -Dtest=AgreementRegisterBenchmarkTest
 * -Djejaring.benchmark=true} (add {@code -Ppostgres} for PostgreSQL).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "jejaring.benchmark", matches = "true")
class AgreementRegisterBenchmarkTest {

	static final int AGREEMENTS = 20_000;

	static final int RUNS = 10;

	@Autowired
	PartnershipMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementRegister register;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void registerWithTwentyThousandAgreements() {
		UUID institution = this.mother.semarang();
		Partnership partnership = this.mother.partnership(institution);
		UUID partnerId = partnership.partnerIds().get(0);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		long start = System.nanoTime();
		this.mother.as(institution, () -> transaction.execute((status) -> insert(institution, partnership, partnerId)));
		this.jdbc.execute("analyze");
		System.out.printf("BENCHMARK inserted %d agreements in %d ms%n", AGREEMENTS,
				(System.nanoTime() - start) / 1_000_000);
		try {
			Sort newest = Sort.by(Sort.Direction.DESC, "createdAt");
			measure(institution, "no filter", () -> page(AgreementFilter.NONE, newest));
			measure(institution, "in force",
					() -> page(new AgreementFilter(null, AgreementStatus.IN_FORCE, null, null, null, null), newest));
			measure(institution, "ending soon",
					() -> page(new AgreementFilter(null, AgreementStatus.ENDING_SOON, null, null, null, null),
							Sort.by("effectiveUntil")));
			measure(institution, "ending within 90 days",
					() -> page(new AgreementFilter(null, null, null, null, 90, null), Sort.by("effectiveUntil")));
			measure(institution, "partner",
					() -> page(new AgreementFilter(null, null, partnerId, null, null, null), newest));
			measure(institution, "words",
					() -> page(new AgreementFilter(null, null, null, null, null, "ukur 1999"), newest));
			measure(institution, "kind PKS",
					() -> page(new AgreementFilter(AgreementKind.PKS, null, null, null, null, null), newest));
		}
		finally {
			this.mother.as(institution, () -> transaction.execute((status) -> {
				this.jdbc.update("delete from agreement_party where created_by = 'benchmark'");
				return this.jdbc.update("delete from agreement where created_by = 'benchmark'");
			}));
		}
	}

	private long page(AgreementFilter filter, Sort sort) {
		Page<Agreement> page = this.agreements.list(filter, PageRequest.of(0, 25, sort));
		this.register.parties(page.getContent().stream().map(Agreement::getId).toList());
		return page.getTotalElements();
	}

	private void measure(UUID institution, String label, Supplier<Long> work) {
		long[] times = new long[RUNS];
		long found = 0;
		for (int run = -3; run < RUNS; run++) {
			long begin = System.nanoTime();
			found = this.mother.as(institution, work);
			long elapsed = System.nanoTime() - begin;
			if (run >= 0) {
				times[run] = elapsed;
			}
		}
		Arrays.sort(times);
		System.out.printf("BENCHMARK register %-22s found %6d  median %7.1f ms  p95 %7.1f ms%n", label, found,
				times[RUNS / 2] / 1e6, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
	}

	private Integer insert(UUID institution, Partnership partnership, UUID partnerId) {
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate today = LocalDate.now();
		List<Object[]> agreementRows = new ArrayList<>();
		List<Object[]> partyRows = new ArrayList<>();
		for (int i = 0; i < AGREEMENTS; i++) {
			UUID id = UUID.randomUUID();
			// a spread of validity: expired, ending soon, in force, not yet in force;
			// some drafts
			LocalDate from = today.minusDays(400 - (i % 500));
			LocalDate until = from.plusDays(365);
			boolean signed = i % 10 != 0;
			agreementRows.add(new Object[] { id, institution, partnership.getId(), (i % 3 == 0) ? "PKS" : "MOU",
					"Kerja sama tolok ukur " + i, signed ? String.format("%05d/LKP/MoU/I/2026", i) : null,
					Date.valueOf(from), Date.valueOf(until), signed ? now : null, signed ? now : null, now, now });
			partyRows.add(new Object[] { UUID.randomUUID(), institution, id, 0, null, "LKP Tolok Ukur", now, now });
			partyRows.add(new Object[] { UUID.randomUUID(), institution, id, 1, (i % 50 == 0) ? partnerId : null,
					"Mitra Tolok Ukur " + i, now, now });
		}
		int[][] written = this.jdbc.batchUpdate("insert into agreement (id, version, institution_id, partnership_id, "
				+ "kind, title, letter_number, effective_from, effective_until, ready_at, signed_at, current_version, "
				+ "created_at, created_by, updated_at, updated_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, "
				+ "'benchmark', ?, 'benchmark')", agreementRows, 1000, AgreementRegisterBenchmarkTest::set);
		this.jdbc.batchUpdate("insert into agreement_party (id, version, institution_id, agreement_id, sort_order, "
				+ "partner_id, party_name, created_at, created_by, updated_at, updated_by) values (?, 0, ?, ?, ?, ?, ?, "
				+ "?, 'benchmark', ?, 'benchmark')", partyRows, 1000, AgreementRegisterBenchmarkTest::set);
		return written.length;
	}

	private static void set(java.sql.PreparedStatement statement, Object[] row) throws java.sql.SQLException {
		for (int column = 0; column < row.length; column++) {
			statement.setObject(column + 1, row[column]);
		}
	}

}
