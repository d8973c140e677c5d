package id.jejaring.institution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface YearlyFiguresRepository extends JpaRepository<YearlyFigures, UUID> {

	Page<YearlyFigures> findAllBy(Pageable pageable);

	@EntityGraph(attributePaths = "programs")
	Optional<YearlyFigures> findWithProgramsById(UUID id);

	List<YearlyFigures> findByYearIn(Collection<Integer> years);

	Optional<YearlyFigures> findByYear(int year);

	boolean existsByYear(int year);

	boolean existsByYearAndIdNot(int year, UUID id);

	List<YearlyFigures> findTop5ByOrderByYearDesc();

	@Query("select p from ProgramFigures p join fetch p.yearFigures y where p.programId = :programId order by y.year desc")
	List<ProgramFigures> findProgramRows(UUID programId);

}
