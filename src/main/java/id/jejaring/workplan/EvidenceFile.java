package id.jejaring.workplan;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The bytes of an evidence file, written once: kept apart so lists of evidence never load
 * them, and not audited (the evidence row records who uploaded what).
 */
@Entity
@Table(name = "activity_evidence_file")
class EvidenceFile extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID evidenceId;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	protected EvidenceFile() {
	}

	EvidenceFile(UUID evidenceId, byte[] content) {
		this.evidenceId = evidenceId;
		this.content = content;
	}

	UUID getEvidenceId() {
		return this.evidenceId;
	}

	byte[] getContent() {
		return this.content.clone();
	}

}
