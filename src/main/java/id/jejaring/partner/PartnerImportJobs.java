package id.jejaring.partner;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Background import of partner files too large for the request: queue a file, follow its
 * check, review the rows with problems, confirm, follow the import. Jobs belong to the
 * institution (any of its editors may follow one); another institution's job is not
 * found. The work itself is done by {@link PartnerImportWorker} after the queuing
 * transaction commits.
 */
@Service
@Transactional
@PreAuthorize(Access.EDIT)
public class PartnerImportJobs {

	private final PartnerImportJobRepository jobs;

	private final PartnerImportFileRepository files;

	private final PartnerImportProblemRepository problems;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PartnerImportJobs(PartnerImportJobRepository jobs, PartnerImportFileRepository files,
			PartnerImportProblemRepository problems, ApplicationEventPublisher events, Clock clock) {
		this.jobs = jobs;
		this.files = files;
		this.problems = problems;
		this.events = events;
		this.clock = clock;
	}

	/** Keeps the file and queues its check; nothing is imported yet. */
	public UUID start(String filename, byte[] content) {
		if (content == null || content.length == 0) {
			throw new PartnerSheetReader.Refused("partner.import.refused.empty");
		}
		if (content.length > PartnerSheetReader.MAX_BACKGROUND_BYTES) {
			throw new PartnerSheetReader.Refused("partner.import.refused.tooLargeBackground");
		}
		PartnerImportJob job = this.jobs.save(new PartnerImportJob(cut(filename), this.clock.instant()));
		this.files.save(new PartnerImportFile(job.getId(), content));
		this.events.publishEvent(new PartnerImportJobQueued(job.getId(), false));
		return job.getId();
	}

	/**
	 * The job; one whose worker went silent (its node restarted) is marked failed here,
	 * so no job stays "running" for ever.
	 */
	public PartnerImportJob get(UUID id) {
		PartnerImportJob job = this.jobs.findById(id).orElseThrow(NotFoundException::new);
		if (job.isStale(this.clock.instant())) {
			job.failed("partner.import.job.interrupted");
		}
		return job;
	}

	/** The institution's latest jobs, newest first, to find one again. */
	@Transactional(readOnly = true)
	public List<PartnerImportJob> recent() {
		return this.jobs.findTop5ByOrderByCreatedAtDesc();
	}

	/** The rows with problems found by the check, in file order. */
	@Transactional(readOnly = true)
	public Page<PartnerImportProblem> problems(UUID id, Pageable pageable) {
		this.jobs.findById(id).orElseThrow(NotFoundException::new);
		return this.problems.findByJobIdOrderByFileRow(id, pageable);
	}

	/**
	 * Queues the import of a checked job.
	 * @param onlyValid skip the rows with problems; without it a job with problems is
	 * refused
	 * @return null when queued, else the message key saying why not
	 */
	public String confirm(UUID id, boolean onlyValid) {
		PartnerImportJob job = get(id);
		if (job.getStatus() != PartnerImportJob.Status.READY) {
			return "partner.import.job.notReady";
		}
		if (job.getProblemRows() > 0 && !onlyValid) {
			return "partner.import.confirm.problems";
		}
		if (job.getValidRows() == 0) {
			return "partner.import.confirm.nothing";
		}
		job.confirmed(onlyValid, this.clock.instant());
		this.events.publishEvent(new PartnerImportJobQueued(id, true));
		return null;
	}

	/** Checks a failed job's file again, when it is still kept. */
	public boolean restart(UUID id) {
		PartnerImportJob job = get(id);
		if (!canRestart(job)) {
			return false;
		}
		this.problems.deleteByJob(id);
		job.requeued(this.clock.instant());
		this.events.publishEvent(new PartnerImportJobQueued(id, false));
		return true;
	}

	@Transactional(readOnly = true)
	public boolean canRestart(PartnerImportJob job) {
		// a refused file (not a spreadsheet, too many rows) would only be refused again
		return job.getStatus() == PartnerImportJob.Status.FAILED
				&& (job.getFailure() == null || !job.getFailure().startsWith("partner.import.refused."))
				&& this.files.existsByJobId(job.getId());
	}

	/** Drops a job that is not running, with its file and preview. */
	public boolean cancel(UUID id) {
		PartnerImportJob job = get(id);
		if (job.getStatus().isRunning()) {
			return false;
		}
		this.problems.deleteByJob(id);
		this.files.deleteByJob(id);
		this.jobs.delete(job);
		return true;
	}

	private static String cut(String filename) {
		if (filename == null) {
			return null;
		}
		return (filename.length() > 255) ? filename.substring(0, 255) : filename;
	}

}
