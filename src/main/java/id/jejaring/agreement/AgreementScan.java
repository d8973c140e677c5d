package id.jejaring.agreement;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The scan of an agreement's signed copy (PDF, JPG or PNG by content), kept in the
 * database under its generated id; the uploaded name is kept, cleaned, only for the
 * download.
 */
@Entity
@Audited
@Table(name = "agreement_scan")
public class AgreementScan extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID agreementId;

	@Column(nullable = false, updatable = false)
	private String fileName;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	// the audit table records who uploaded what, not a second copy of the bytes
	@NotAudited
	@Column(nullable = false, updatable = false)
	private byte[] content;

	protected AgreementScan() {
	}

	AgreementScan(UUID agreementId, String fileName, String contentType, byte[] content) {
		this.agreementId = agreementId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = content.length;
		this.content = content;
	}

	public UUID getAgreementId() {
		return this.agreementId;
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

	public byte[] getContent() {
		return this.content.clone();
	}

}
