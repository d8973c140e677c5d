package id.jejaring.institution;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, UUID> {

	Page<SelfAssessment> findAllBy(Pageable pageable);

	Optional<SelfAssessment> findByYear(int year);

	Optional<SelfAssessment> findFirstByYearLessThanOrderByYearDesc(int year);

	boolean existsByYear(int year);

	boolean existsByYearAndIdNot(int year, UUID id);

}
