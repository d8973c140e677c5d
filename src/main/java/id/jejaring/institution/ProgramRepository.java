package id.jejaring.institution;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRepository extends JpaRepository<Program, UUID> {

	Page<Program> findByArchived(boolean archived, Pageable pageable);

	List<Program> findByArchivedFalseOrderByName();

	List<Program> findByIdIn(Collection<UUID> ids);

	long countByArchivedFalseAndStatus(ProgramStatus status);

}
