package id.jejaring.partner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the background import takes for a large file (check, then write in one
 * transaction). Run on request, on H2 or PostgreSQL: {@code ./mvnw -B test
 * -Dtest=PartnerImportJobBenchmarkTest -Djejaring.benchmark=true
 * -Djejaring.benchmark.rows=50000}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "jejaring.benchmark", matches = "true")
class PartnerImportJobBenchmarkTest {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	PartnerImportJobs jobs;

	@Test
	void aLargeFileImportsInTheBackground() throws Exception {
		int rows = Integer.getInteger("jejaring.benchmark.rows", 50_000);
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		UUID bandung = mother.bandung();
		String tag = "bench" + UUID.randomUUID().toString().substring(0, 8);
		byte[] file = PartnerImportJobTest.csv(rows, tag).toString().getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		UUID id = mother.as(bandung, () -> this.jobs.start("bench.csv", file));
		await(mother, bandung, id);
		long checked = System.nanoTime();
		assertThat(mother.as(bandung, () -> this.jobs.confirm(id, false))).isNull();
		PartnerImportJob job = await(mother, bandung, id);
		long done = System.nanoTime();
		Runtime runtime = Runtime.getRuntime();
		System.out.printf(
				"%,d-row background import (%,d bytes): check %d ms, import %d ms, heap used %d MB of %d MB%n", rows,
				file.length, (checked - start) / 1_000_000, (done - checked) / 1_000_000,
				(runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
		assertThat(job.getStatus()).isEqualTo(PartnerImportJob.Status.DONE);
		assertThat(job.getWrittenRows()).isEqualTo(rows);
	}

	private PartnerImportJob await(PartnerMother mother, UUID institution, UUID id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(15));
		while (Instant.now().isBefore(until)) {
			PartnerImportJob job = mother.as(institution, () -> this.jobs.get(id));
			if (!job.getStatus().isRunning()) {
				return job;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("still running");
	}

}
