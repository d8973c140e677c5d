package id.jejaring.workplan;

import java.time.Instant;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A document or photo showing an activity took place (PDF, JPG or PNG by content). The
 * bytes live in {@link EvidenceFile}, written once and not audited; this row keeps the
 * cleaned upload name, the caption and the manager's review: submitted, then verified or
 * sent back with a reason.
 */
@Entity
@Audited
@Table(name = "activity_evidence")
public class ActivityEvidence extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "activity_id", nullable = false, updatable = false)
	private PlanActivity activity;

	@Column(nullable = false, updatable = false)
	private String fileName;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	private String caption;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceStatus status = EvidenceStatus.SUBMITTED;

	private String returnReason;

	@Column(nullable = false, updatable = false)
	private String submittedBy;

	@Column(nullable = false, updatable = false)
	private Instant submittedAt;

	private String reviewedBy;

	private Instant reviewedAt;

	protected ActivityEvidence() {
	}

	ActivityEvidence(PlanActivity activity, String fileName, String contentType, long size, String caption,
			String submittedBy, Instant submittedAt) {
		this.activity = activity;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.caption = caption;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	void verify(String reviewer, Instant at) {
		this.status = EvidenceStatus.VERIFIED;
		this.returnReason = null;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
	}

	void sendBack(String reason, String reviewer, Instant at) {
		this.status = EvidenceStatus.RETURNED;
		this.returnReason = reason;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
	}

	public PlanActivity getActivity() {
		return this.activity;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public String getCaption() {
		return this.caption;
	}

	public EvidenceStatus getStatus() {
		return this.status;
	}

	public String getReturnReason() {
		return this.returnReason;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

}
