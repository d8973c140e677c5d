package id.jejaring.partnership;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A file attached to an interaction (a letter, minutes, a photo), stored in the database
 * with the type read from its content. Written once; lists read only its description
 * ({@link AttachmentInfo}), the bytes are loaded for the download alone.
 */
@Entity
@Audited
@Table(name = "interaction_attachment")
public class InteractionAttachment extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID interactionId;

	@Column(nullable = false, updatable = false)
	private String fileName;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	// the audit table records who attached what, not a second copy of the bytes
	@NotAudited
	@Column(nullable = false, updatable = false)
	private byte[] content;

	protected InteractionAttachment() {
	}

	InteractionAttachment(UUID interactionId, String fileName, AttachmentType type, byte[] content) {
		this.interactionId = interactionId;
		this.fileName = fileName;
		this.contentType = type.mediaType();
		this.size = content.length;
		this.content = content;
	}

	public UUID getInteractionId() {
		return this.interactionId;
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
