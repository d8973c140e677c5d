package id.jejaring.institution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionRepository extends JpaRepository<Institution, UUID> {

	Page<Institution> findByRegionCodeStartingWith(String regionPrefix, Pageable pageable);

	List<Institution> findByIdInOrderByName(Collection<UUID> ids);

	Optional<Institution> findByNpsn(String npsn);

	boolean existsByNpsn(String npsn);

	boolean existsByNpsnAndIdNot(String npsn, UUID id);

}
