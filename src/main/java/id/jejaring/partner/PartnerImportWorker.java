package id.jejaring.partner;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and imports the file of a {@link PartnerImportJob} in the background, on the
 * {@link PartnerImportConfiguration#EXECUTOR} pool, as the institution and user who
 * queued it ({@link id.jejaring.shared.TenantTaskDecorator}). The import is one
 * transaction that also marks the job done, so a job is done exactly when its partners
 * are recorded; any failure rolls everything back and marks the job failed.
 */
@Component
class PartnerImportWorker {

	private static final Logger log = LoggerFactory.getLogger(PartnerImportWorker.class);

	private static final int BATCH = 500;

	private final PartnerImportJobRepository jobs;

	private final PartnerImportFileRepository files;

	private final PartnerImportProblemRepository problems;

	private final PartnerImport importer;

	private final PartnerImportProgress progress;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	PartnerImportWorker(PartnerImportJobRepository jobs, PartnerImportFileRepository files,
			PartnerImportProblemRepository problems, PartnerImport importer, PartnerImportProgress progress,
			EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.jobs = jobs;
		this.files = files;
		this.problems = problems;
		this.importer = importer;
		this.progress = progress;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Runs after the queuing transaction committed, so the job is there to be read. */
	@Async(PartnerImportConfiguration.EXECUTOR)
	@TransactionalEventListener
	void on(PartnerImportJobQueued queued) {
		try {
			if (queued.importing()) {
				importRows(queued.jobId());
			}
			else {
				check(queued.jobId());
			}
		}
		catch (PartnerSheetReader.Refused ex) {
			fail(queued.jobId(), ex.getMessageKey());
		}
		catch (RuntimeException ex) {
			log.warn("Partner import job {} failed, nothing written", queued.jobId(), ex);
			fail(queued.jobId(), queued.importing() ? "partner.import.confirm.failed" : "partner.import.job.failed");
		}
	}

	/** Reads and checks every row; keeps the counts and the rows with problems. */
	void check(UUID jobId) {
		byte[] content = this.transaction.execute((status) -> {
			PartnerImportJob job = this.jobs.findById(jobId).orElse(null);
			if (job == null || job.getStatus() != PartnerImportJob.Status.QUEUED) {
				return null;
			}
			job.checking();
			return this.files.findByJobId(jobId).map(PartnerImportFile::getContent).orElse(null);
		});
		if (content == null) {
			return;
		}
		List<PartnerSheetReader.SheetRow> sheetRows = PartnerSheetReader.readLarge(content);
		int total = sheetRows.size();
		this.progress.report(jobId, 0, total);
		List<PartnerImport.Row> rows = this.importer.preview(sheetRows,
				(checked) -> this.progress.report(jobId, checked, total));
		this.transaction.executeWithoutResult((status) -> {
			PartnerImportJob job = this.jobs.findById(jobId).orElse(null);
			if (job == null || job.getStatus() != PartnerImportJob.Status.CHECKING) {
				return;
			}
			this.problems.deleteByJob(jobId);
			int problemRows = keepProblems(jobId, rows);
			job.checked(total, total - problemRows, problemRows);
		});
		this.progress.report(jobId, total, total);
	}

	private int keepProblems(UUID jobId, List<PartnerImport.Row> rows) {
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
		int kept = 0;
		for (PartnerImport.Row row : rows) {
			if (row.valid()) {
				continue;
			}
			this.entityManager.persist(new PartnerImportProblem(jobId, row));
			kept++;
			if (kept % BATCH == 0) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		this.entityManager.flush();
		return kept;
	}

	/**
	 * Checks the file again (partners may have been recorded since the preview) and
	 * writes the chosen rows.
	 */
	void importRows(UUID jobId) {
		PartnerImportJob queued = this.transaction.execute((status) -> this.jobs.findById(jobId)
			.filter((job) -> job.getStatus() == PartnerImportJob.Status.IMPORTING)
			.orElse(null));
		if (queued == null) {
			return;
		}
		byte[] content = this.transaction
			.execute((status) -> this.files.findByJobId(jobId).map(PartnerImportFile::getContent).orElse(null));
		if (content == null) {
			fail(jobId, "partner.import.job.failed");
			return;
		}
		List<PartnerImport.Row> rows = this.importer.preview(PartnerSheetReader.readLarge(content));
		List<PartnerImport.Row> valid = rows.stream().filter(PartnerImport.Row::valid).toList();
		if (!queued.isOnlyValid() && valid.size() < rows.size()) {
			fail(jobId, "partner.import.job.changed");
			return;
		}
		if (valid.isEmpty()) {
			fail(jobId, "partner.import.confirm.nothing");
			return;
		}
		writeAll(jobId, valid);
	}

	/**
	 * Writes the rows and marks the job done in one transaction; on any failure nothing
	 * is written and the job is marked failed.
	 */
	void writeAll(UUID jobId, List<PartnerImport.Row> rows) {
		int total = rows.size();
		try {
			this.progress.report(jobId, 0, total);
			this.transaction.executeWithoutResult((status) -> {
				int written = this.importer.write(rows, (done) -> this.progress.report(jobId, done, total));
				PartnerImportJob job = this.jobs.findById(jobId).orElseThrow();
				job.done(written);
				this.files.deleteByJob(jobId);
				this.problems.deleteByJob(jobId);
			});
		}
		catch (RuntimeException ex) {
			log.warn("Partner import job {} failed while writing, rolled back", jobId, ex);
			fail(jobId, "partner.import.confirm.failed");
		}
	}

	private void fail(UUID jobId, String messageKey) {
		try {
			this.transaction
				.executeWithoutResult((status) -> this.jobs.findById(jobId).ifPresent((job) -> job.failed(messageKey)));
		}
		catch (RuntimeException ex) {
			log.error("Could not mark partner import job {} failed", jobId, ex);
		}
	}

}
