package id.jejaring.workplan;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, UUID> {

	Optional<EvidenceFile> findByEvidenceId(UUID evidenceId);

}
