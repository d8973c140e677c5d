package id.jejaring.institution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {

	List<Region> findByLevelOrderByName(RegionLevel level);

	List<Region> findByParentCodeOrderByName(String parentCode);

	List<Region> findByCodeIn(List<String> codes);

}
