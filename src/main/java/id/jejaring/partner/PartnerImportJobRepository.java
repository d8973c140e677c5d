package id.jejaring.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartnerImportJobRepository extends JpaRepository<PartnerImportJob, UUID> {

	List<PartnerImportJob> findTop5ByOrderByCreatedAtDesc();

	/**
	 * Progress and heartbeat, without touching the version: the worker writes them in
	 * their own transactions while the page reads them.
	 */
	@Modifying
	@Query("update PartnerImportJob j set j.processed = :processed, j.progressTotal = :total, j.heartbeatAt = :now "
			+ "where j.id = :id")
	int progress(UUID id, int processed, int total, Instant now);

}
