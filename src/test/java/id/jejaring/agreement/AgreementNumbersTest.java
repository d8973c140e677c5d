package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.jejaring.partnership.PartnershipMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letter numbers: one sequence per kind and year, starting again each year, and never the
 * same number twice, even when many requests take one at the same moment.
 */
@SpringBootTest
class AgreementNumbersTest {

	@Autowired
	AgreementNumbers numbers;

	@Autowired
	PartnershipMother mother;

	@Autowired
	TransactionTemplate transaction;

	AgreementNumbers.Number next(UUID institution, AgreementKind kind, LocalDate date) {
		return this.mother.as(institution, () -> this.transaction.execute((status) -> this.numbers.next(kind, date)));
	}

	@Test
	void eachKindCountsOnItsOwnAndEachYearStartsAgain() {
		UUID semarang = this.mother.semarang();
		// a year no other test or demo uses
		AgreementNumbers.Number first = next(semarang, AgreementKind.PKS, LocalDate.of(2041, 3, 10));
		AgreementNumbers.Number second = next(semarang, AgreementKind.PKS, LocalDate.of(2041, 11, 2));
		AgreementNumbers.Number addendum = next(semarang, AgreementKind.ADDENDUM, LocalDate.of(2041, 11, 2));
		AgreementNumbers.Number nextYear = next(semarang, AgreementKind.PKS, LocalDate.of(2042, 1, 5));
		assertThat(first.seq()).isEqualTo(1);
		assertThat(second.seq()).isEqualTo(2);
		assertThat(addendum.seq()).isEqualTo(1);
		assertThat(nextYear.seq()).isEqualTo(1);
		assertThat(second.text()).endsWith("/XI/2041");
		assertThat(nextYear.text()).endsWith("/I/2042");
	}

	@Test
	void concurrentRequestsNeverShareANumber() throws Exception {
		UUID bandung = this.mother.bandung();
		LocalDate day = LocalDate.of(2043, 6, 1);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<AgreementNumbers.Number>> taken = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				Callable<AgreementNumbers.Number> task = () -> next(bandung, AgreementKind.MOU, day);
				taken.add(pool.submit(task));
			}
			Set<Integer> seqs = new HashSet<>();
			for (Future<AgreementNumbers.Number> number : taken) {
				seqs.add(number.get().seq());
			}
			assertThat(seqs).hasSize(30).allSatisfy((seq) -> assertThat(seq).isBetween(1, 30));
		}
		finally {
			pool.shutdownNow();
		}
	}

}
