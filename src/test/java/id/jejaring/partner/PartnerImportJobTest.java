package id.jejaring.partner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files over 10,000 rows go to the background: the job is checked, its rows with problems
 * are shown paged, nothing is written until confirmed, then all chosen rows are written
 * in one transaction (or none when anything fails), with progress on a page polled by
 * htmx. Another institution's job is not found; a job whose worker died is failed, not
 * left running.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerImportJobTest {

	static final String HEADER = String.join(",", PartnerSheet.HEADERS);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	PartnerImportJobs jobs;

	@Autowired
	PartnerImportJobRepository jobRepository;

	@Autowired
	PartnerImportFileRepository fileRepository;

	@Autowired
	PartnerImportWorker worker;

	@Autowired
	PlatformTransactionManager transactionManager;

	PartnerMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = new PartnerMother(this.institutions, this.partners);
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	long countTagged(String tag) {
		return this.mother.as(this.bandung,
				() -> this.partners
					.list(new PartnerFilter(null, null, null, null, null, tag, false), PageRequest.of(0, 1))
					.getTotalElements());
	}

	/** A CSV of valid rows, each with a contact; rows carry the tag. */
	static StringBuilder csv(int rows, String tag) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < rows; i++) {
			csv.append("Mitra Latar ")
				.append(i)
				.append(' ')
				.append(tag)
				.append(",organisasi,BUSINESS.CSR,Jasa,kecil,Jl. Contoh ")
				.append(i)
				.append(",32.04,,,,,calon,")
				.append(tag)
				.append(",Kontak ")
				.append(i)
				.append(",Staf,,\n");
		}
		return csv;
	}

	UUID upload(String name, String text) throws Exception {
		String location = this.mvc
			.perform(multipart("/partners/import")
				.file(new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8)))
				.with(staff())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/partners/import/jobs/");
		return UUID.fromString(location.substring("/partners/import/jobs/".length()));
	}

	PartnerImportJob job(UUID id) {
		return this.mother.as(this.bandung, () -> this.jobs.get(id));
	}

	/**
	 * Polls the job (as the page does) until it satisfies the condition; the progress
	 * seen.
	 */
	List<Integer> awaitJob(UUID id, Predicate<PartnerImportJob> condition) throws InterruptedException {
		List<Integer> seen = new ArrayList<>();
		Instant until = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(until)) {
			PartnerImportJob job = job(id);
			seen.add(job.getProcessed());
			if (condition.test(job)) {
				return seen;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("job " + id + " still " + job(id).getStatus());
	}

	@Test
	void aLargeFileIsCheckedReviewedConfirmedAndImportedInOneGoWithProgress() throws Exception {
		String tag = "latar" + UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = csv(12_000, tag);
		csv.append(",organisasi,BUSINESS.CSR,,,,,,,,,,").append(tag).append(",,,,\n");
		csv.append("Mitra Aneh ")
			.append(tag)
			.append(",organisasi,KATEGORI.ANEH,,,,,,,,,,")
			.append(tag)
			.append(",,,,\n");
		long start = System.nanoTime();
		UUID id = upload("besar.csv", csv.toString());

		MockHttpServletResponse polled = this.mvc.perform(get("/partners/import/jobs/{id}/progress", id).with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		if (polled.getHeader("HX-Refresh") == null) {
			assertThat(polled.getContentAsString()).contains("hx-trigger=\"every 2s\"");
		}

		awaitJob(id, (job) -> !job.getStatus().isRunning());
		long checked = System.nanoTime();
		assertThat(job(id).getStatus()).isEqualTo(PartnerImportJob.Status.READY);
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12.002 baris, 12.000 tanpa masalah, 2 bermasalah")))
			.andExpect(content().string(containsString("Nama kosong.")))
			.andExpect(content().string(containsString("Kategori tidak dikenal: KATEGORI.ANEH.")));
		assertThat(countTagged(tag)).as("nothing written before confirming").isZero();

		this.mvc.perform(post("/partners/import/jobs/{id}/confirm", id).with(staff()).with(csrf()))
			.andExpect(flash().attribute("failure", "partner.import.confirm.problems"));
		assertThat(job(id).getStatus()).isEqualTo(PartnerImportJob.Status.READY);

		long confirmed = System.nanoTime();
		this.mvc.perform(
				post("/partners/import/jobs/{id}/confirm", id).param("onlyValid", "true").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<Integer> progress = awaitJob(id, (job) -> !job.getStatus().isRunning());
		long done = System.nanoTime();
		System.out.printf("12,002-row background import: upload+check %d ms, import %d ms, progress seen %s%n",
				(checked - start) / 1_000_000, (done - confirmed) / 1_000_000, progress.stream().distinct().toList());

		PartnerImportJob job = job(id);
		assertThat(job.getStatus()).isEqualTo(PartnerImportJob.Status.DONE);
		assertThat(job.getWrittenRows()).isEqualTo(12_000);
		assertThat(job.getProcessed()).isEqualTo(12_000);
		assertThat(job.getProgressTotal()).isEqualTo(12_000);
		assertThat(progress).isSorted().allSatisfy((processed) -> assertThat(processed).isBetween(0, 12_000));
		assertThat(countTagged(tag)).isEqualTo(12_000);
		assertThat(this.mother.as(this.bandung, () -> this.fileRepository.existsByJobId(id)))
			.as("the file is dropped once imported")
			.isFalse();
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(staff()))
			.andExpect(content().string(containsString("12.000 mitra diimpor")))
			.andExpect(content().string(containsString("href=\"/partners\"")));
		this.mvc.perform(get("/partners/import/jobs/{id}/progress", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getHeader("HX-Refresh")).isEqualTo("true"));
		// found again from the import page
		this.mvc.perform(get("/partners/import").with(staff()))
			.andExpect(content().string(containsString("/partners/import/jobs/" + id)));
	}

	@Test
	void whenPartnersChangedSinceThePreviewTheJobFailsAndWritesNothing() throws Exception {
		String tag = "berubah" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.mother.as(this.bandung,
				() -> this.jobs.start("berubah.csv", csv(3, tag).toString().getBytes(StandardCharsets.UTF_8)));
		awaitJob(id, (job) -> !job.getStatus().isRunning());
		assertThat(job(id).getProblemRows()).isZero();
		// meanwhile someone records the partner of row 2
		this.mother.partner(this.bandung, PartnerMother.garment("Mitra Latar 0 " + tag));

		this.mvc.perform(post("/partners/import/jobs/{id}/confirm", id).with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		awaitJob(id, (job) -> !job.getStatus().isRunning());
		assertThat(job(id).getStatus()).isEqualTo(PartnerImportJob.Status.FAILED);
		assertThat(job(id).getFailure()).isEqualTo("partner.import.job.changed");
		assertThat(countTagged(tag)).isZero();
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(staff()))
			.andExpect(content().string(containsString("Tidak ada satu pun mitra yang disimpan")))
			.andExpect(content().string(containsString("Periksa ulang berkas ini")));
	}

	@Test
	void whenWritingFailsHalfwayNothingIsWrittenAndTheJobFails() throws Exception {
		String tag = "gagal" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.mother.as(this.bandung,
				() -> this.jobs.start("gagal.csv", csv(3, tag).toString().getBytes(StandardCharsets.UTF_8)));
		awaitJob(id, (job) -> job.getStatus() == PartnerImportJob.Status.READY);
		List<PartnerImport.Row> rows = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			rows.add(PartnerImportTest.row(i, "Mitra Gagal " + i + " " + tag, "BUSINESS.CSR", tag));
		}
		rows.add(PartnerImportTest.row(1_200, "Mitra Tanpa Kategori " + tag, null, tag));
		this.mother.as(this.bandung, () -> {
			this.worker.writeAll(id, rows);
			return null;
		});
		PartnerImportJob job = job(id);
		assertThat(job.getStatus()).isEqualTo(PartnerImportJob.Status.FAILED);
		assertThat(job.getFailure()).isEqualTo("partner.import.confirm.failed");
		assertThat(job.getProcessed()).as("progress was reported before the failure").isEqualTo(1_000);
		assertThat(countTagged(tag)).isZero();
	}

	@Test
	void aJobWhoseWorkerWentSilentIsFailedAndCanBeCheckedAgain() throws Exception {
		String tag = "henti" + UUID.randomUUID().toString().substring(0, 8);
		byte[] file = csv(2, tag).toString().getBytes(StandardCharsets.UTF_8);
		// a job left "checking" by a node that restarted an hour ago
		UUID id = this.mother.as(this.bandung,
				() -> new TransactionTemplate(this.transactionManager).execute((status) -> {
					PartnerImportJob job = new PartnerImportJob("henti.csv", Instant.now().minus(Duration.ofHours(1)));
					job.checking();
					this.jobRepository.save(job);
					this.fileRepository.save(new PartnerImportFile(job.getId(), file));
					return job.getId();
				}));
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("server dimulai ulang")));
		assertThat(job(id).getStatus()).isEqualTo(PartnerImportJob.Status.FAILED);

		this.mvc.perform(post("/partners/import/jobs/{id}/restart", id).with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		awaitJob(id, (job) -> job.getStatus() == PartnerImportJob.Status.READY);
		assertThat(job(id).getValidRows()).isEqualTo(2);

		this.mvc.perform(post("/partners/import/jobs/{id}/cancel", id).with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(staff())).andExpect(status().isNotFound());
		assertThat(countTagged(tag)).isZero();
	}

	@Test
	void aRunningJobsPageAsksForItsProgressEveryTwoSeconds() throws Exception {
		UUID id = this.mother.as(this.bandung,
				() -> new TransactionTemplate(this.transactionManager).execute((status) -> {
					PartnerImportJob job = new PartnerImportJob("jalan.csv", Instant.now());
					job.checking();
					return this.jobRepository.save(job).getId();
				}));
		String progressUrl = "/partners/import/jobs/" + id + "/progress";
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"" + progressUrl + "\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
			.andExpect(content().string(containsString("Memeriksa baris")));
		this.mvc.perform(get(progressUrl).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
			.andExpect((result) -> assertThat(result.getResponse().getHeader("HX-Refresh")).isNull());
	}

	@Test
	void anotherInstitutionsJobIsNotFound() throws Exception {
		UUID id = this.mother.as(this.bandung,
				() -> this.jobs.start("isolasi.csv", csv(1, "isolasi").toString().getBytes(StandardCharsets.UTF_8)));
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(SignedIn.as(this.users, "staf.semarang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/partners/import/jobs/{id}", id).with(staff())).andExpect(status().isOk());
	}

}
