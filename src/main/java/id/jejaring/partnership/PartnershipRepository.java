package id.jejaring.partnership;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnershipRepository extends JpaRepository<Partnership, UUID>, JpaSpecificationExecutor<Partnership> {

	/** Id and title of each of the partnerships, in one statement. */
	@org.springframework.data.jpa.repository.Query("select p.id, p.title from Partnership p where p.id in :ids")
	java.util.List<Object[]> findTitles(java.util.Collection<UUID> ids);

	/**
	 * One partnership with its parties, needs and aspects (sets, so one query is safe).
	 */
	@Override
	@EntityGraph(attributePaths = { "parties", "needs", "aspects" })
	Optional<Partnership> findById(UUID id);

	@Query("select count(p) > 0 from PartnershipParty p where p.partnerId = :partnerId")
	boolean anyWithPartner(@Param("partnerId") UUID partnerId);

	@Query("select distinct p.partnership from PartnershipParty p where p.partnerId = :partnerId")
	java.util.List<Partnership> findWithPartner(@Param("partnerId") UUID partnerId);

	/** The next yearly cycle started from this partnership, if any. */
	Optional<Partnership> findFirstByPreviousCycleId(UUID previousCycleId);

}
