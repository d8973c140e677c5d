package id.jejaring.partner;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a job's progress (and so its heartbeat) in a transaction of its own, visible to
 * the polling page at once even while the import's single transaction is still open.
 */
@Component
class PartnerImportProgress {

	private final PartnerImportJobRepository jobs;

	private final Clock clock;

	PartnerImportProgress(PartnerImportJobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void report(UUID jobId, int processed, int total) {
		this.jobs.progress(jobId, processed, total, this.clock.instant());
	}

}
