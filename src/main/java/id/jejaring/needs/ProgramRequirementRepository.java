package id.jejaring.needs;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRequirementRepository extends JpaRepository<ProgramRequirement, UUID> {

	List<ProgramRequirement> findByProgramIdOrderByCreatedAtAsc(UUID programId);

}
