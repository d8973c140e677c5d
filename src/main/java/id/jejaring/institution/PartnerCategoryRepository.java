package id.jejaring.institution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerCategoryRepository extends JpaRepository<PartnerCategory, String> {

	List<PartnerCategory> findAllByOrderBySortOrder();

}
