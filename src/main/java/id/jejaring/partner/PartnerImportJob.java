package id.jejaring.partner;

import java.time.Duration;
import java.time.Instant;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A partner file too large for the request (more than {@link PartnerSheetReader#MAX_ROWS}
 * rows or {@link PartnerSheetReader#MAX_BYTES}), checked and imported in the background.
 * Status, counts and progress live here, in the database, so every app node shows the
 * same job. Progress and heartbeat are written by the worker in their own short
 * transactions and are not audited; status changes are.
 */
@Entity
@Audited
@Table(name = "partner_import_job")
public class PartnerImportJob extends TenantOwnedEntity {

	/**
	 * A running job whose worker has not reported for this long died with its node (a
	 * restart or a crash): it is shown as failed and can be started again.
	 */
	public static final Duration STALE_AFTER = Duration.ofMinutes(10);

	private String filename;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private int totalRows;

	private int validRows;

	private int problemRows;

	private boolean onlyValid;

	private int writtenRows;

	private String failure;

	@NotAudited
	private int processed;

	@NotAudited
	private int progressTotal;

	@NotAudited
	@Column(nullable = false)
	private Instant heartbeatAt;

	protected PartnerImportJob() {
	}

	PartnerImportJob(String filename, Instant now) {
		this.filename = filename;
		this.status = Status.QUEUED;
		this.heartbeatAt = now;
	}

	void checking() {
		this.status = Status.CHECKING;
	}

	void checked(int total, int valid, int problems) {
		this.status = Status.READY;
		this.totalRows = total;
		this.validRows = valid;
		this.problemRows = problems;
		this.failure = null;
	}

	void confirmed(boolean onlyValid, Instant now) {
		this.status = Status.IMPORTING;
		this.onlyValid = onlyValid;
		this.processed = 0;
		this.progressTotal = onlyValid ? this.validRows : this.totalRows;
		this.heartbeatAt = now;
	}

	void requeued(Instant now) {
		this.status = Status.QUEUED;
		this.failure = null;
		this.processed = 0;
		this.progressTotal = 0;
		this.heartbeatAt = now;
	}

	void done(int written) {
		this.status = Status.DONE;
		this.writtenRows = written;
		this.processed = written;
		this.failure = null;
	}

	void failed(String messageKey) {
		this.status = Status.FAILED;
		this.failure = messageKey;
	}

	/** Running, yet its worker has been silent for longer than {@link #STALE_AFTER}. */
	boolean isStale(Instant now) {
		return this.status.isRunning() && this.heartbeatAt.plus(STALE_AFTER).isBefore(now);
	}

	public String getFilename() {
		return this.filename;
	}

	public Status getStatus() {
		return this.status;
	}

	public int getTotalRows() {
		return this.totalRows;
	}

	public int getValidRows() {
		return this.validRows;
	}

	public int getProblemRows() {
		return this.problemRows;
	}

	public boolean isOnlyValid() {
		return this.onlyValid;
	}

	public int getWrittenRows() {
		return this.writtenRows;
	}

	/** The message key saying why the job failed, or null. */
	public String getFailure() {
		return this.failure;
	}

	public int getProcessed() {
		return this.processed;
	}

	public int getProgressTotal() {
		return this.progressTotal;
	}

	/** Whole per cent of the current phase, for the progress bar. */
	public int getPercent() {
		return (this.progressTotal > 0) ? (int) Math.min(100, this.processed * 100L / this.progressTotal) : 0;
	}

	/** Queued → checking → ready for review → importing → done, or failed. */
	public enum Status {

		QUEUED, CHECKING, READY, IMPORTING, DONE, FAILED;

		public boolean isRunning() {
			return this == QUEUED || this == CHECKING || this == IMPORTING;
		}

		public String messageKey() {
			return "partner.import.job.status." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
