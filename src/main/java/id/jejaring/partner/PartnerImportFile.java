package id.jejaring.partner;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The file of a {@link PartnerImportJob}, kept apart so that status updates do not
 * rewrite it; deleted when the job is done or cancelled. Not audited: it is transient.
 */
@Entity
@Table(name = "partner_import_file")
class PartnerImportFile extends TenantOwnedEntity {

	@Column(nullable = false)
	private UUID jobId;

	@Column(nullable = false)
	private byte[] content;

	protected PartnerImportFile() {
	}

	PartnerImportFile(UUID jobId, byte[] content) {
		this.jobId = jobId;
		this.content = content;
	}

	byte[] getContent() {
		return this.content;
	}

}
