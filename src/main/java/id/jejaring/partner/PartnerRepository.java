package id.jejaring.partner;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, UUID>, JpaSpecificationExecutor<Partner> {

	/**
	 * Partners that look like the same one: the same normalised name in the same regency
	 * (or without a region on either side), the same phone or WhatsApp number, or the
	 * same e-mail.
	 */
	@Query("select p from Partner p where p.id <> :exclude and ("
			+ "(p.nameNormalised = :name and (:regency is null or p.regionCode is null or p.regionCode = :regency "
			+ "or p.regionCode like concat(:regency, '.%'))) "
			+ "or p.phone in :phones or p.whatsapp in :phones or p.email = :email) order by p.name")
	List<Partner> findLikelyDuplicates(@Param("exclude") UUID exclude, @Param("name") String name,
			@Param("regency") String regency, @Param("phones") List<String> phones, @Param("email") String email);

	/**
	 * What duplicate checks compare, for every partner of the institution (archived too),
	 * and its name to tell the user which partner it looks like.
	 */
	@Query("select p.nameNormalised, p.regionCode, p.phone, p.whatsapp, p.email, p.name from Partner p")
	List<Object[]> duplicateKeys();

	/**
	 * How many partners that are not former nor archived each category has per region
	 * code: one grouped query for the gap view.
	 */
	@Query("select p.categoryCode as categoryCode, p.regionCode as regionCode, count(p) as count from Partner p "
			+ "where p.archived = false and p.status <> :former group by p.categoryCode, p.regionCode")
	List<CategoryRegionCount> countCurrentByCategoryAndRegion(@Param("former") PartnerStatus former);

	interface CategoryRegionCount {

		String getCategoryCode();

		String getRegionCode();

		long getCount();

	}

}
