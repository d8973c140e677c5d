package id.jejaring.partner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartnerImportFileRepository extends JpaRepository<PartnerImportFile, UUID> {

	Optional<PartnerImportFile> findByJobId(UUID jobId);

	boolean existsByJobId(UUID jobId);

	@Modifying
	@Query("delete from PartnerImportFile f where f.jobId = :jobId")
	void deleteByJob(UUID jobId);

}
