package id.jejaring.agreement;

import java.time.Instant;
import java.util.UUID;

/** A signed scan's description, for lists (the bytes load only for a download). */
public record ScanInfo(UUID id, UUID agreementId, String fileName, String contentType, long size, Instant uploadedAt,
		String uploadedBy) {

}
