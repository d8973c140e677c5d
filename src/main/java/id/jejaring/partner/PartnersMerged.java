package id.jejaring.partner;

import java.util.UUID;

/**
 * Published when the manager merged two partner records: later modules move their links
 * from the merged partner to the survivor (the merged one is archived and points to the
 * survivor).
 */
public record PartnersMerged(UUID survivorId, UUID mergedId) {
}
