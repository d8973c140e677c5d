package id.jejaring.partner;

import java.util.UUID;

/**
 * A {@link PartnerImportJob} waits for the worker: to check its file, or to import it.
 */
record PartnerImportJobQueued(UUID jobId, boolean importing) {
}
