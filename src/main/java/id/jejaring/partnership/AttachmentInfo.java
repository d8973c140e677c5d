package id.jejaring.partnership;

import java.time.Instant;
import java.util.UUID;

/** An attachment as listed: what it is, without its bytes. */
public record AttachmentInfo(UUID id, UUID interactionId, String fileName, String contentType, long size,
		Instant createdAt, String createdBy) {

}
