package id.jejaring.agreement;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClauseTemplateRepository extends JpaRepository<ClauseTemplate, UUID> {

	List<ClauseTemplate> findAllByOrderBySortOrderAsc();

}
