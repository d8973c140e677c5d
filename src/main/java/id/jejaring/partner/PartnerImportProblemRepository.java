package id.jejaring.partner;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartnerImportProblemRepository extends JpaRepository<PartnerImportProblem, UUID> {

	Page<PartnerImportProblem> findByJobIdOrderByFileRow(UUID jobId, Pageable pageable);

	@Modifying
	@Query("delete from PartnerImportProblem p where p.jobId = :jobId")
	void deleteByJob(UUID jobId);

}
