package id.jejaring.agreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<Agreement, UUID>, JpaSpecificationExecutor<Agreement> {

	/**
	 * One agreement with its parties; its articles load on first use (one more query).
	 */
	@Override
	@EntityGraph(attributePaths = { "parties" })
	Optional<Agreement> findById(UUID id);

	@EntityGraph(attributePaths = { "parties" })
	List<Agreement> findByPartnershipIdOrderByCreatedAtAsc(UUID partnershipId);

	List<Agreement> findByParentIdOrderByCreatedAtAsc(UUID parentId);

	/**
	 * The articles of the partnership's agreements that are not terminated, in one query.
	 */
	@Query("""
			select c from AgreementClause c join fetch c.agreement a
			where a.partnershipId = :partnershipId and a.terminatedOn is null
			""")
	List<AgreementClause> liveClausesOf(@Param("partnershipId") UUID partnershipId);

	@Query("""
			select count(a) > 0 from Agreement a
			where a.partnershipId = :partnershipId and a.terminatedOn is null and a.signedAt is not null
			""")
	boolean anySignedLive(@Param("partnershipId") UUID partnershipId);

	List<Agreement> findByPreviousIdOrderByCreatedAtAsc(UUID previousId);

	@Query("select count(a) > 0 from AgreementParty p join p.agreement a where p.partnerId = :partnerId")
	boolean anyWithPartner(@Param("partnerId") UUID partnerId);

	@Query("select distinct p.agreement from AgreementParty p where p.partnerId = :partnerId")
	List<Agreement> withPartner(@Param("partnerId") UUID partnerId);

	/** Signed agreements not terminated nor superseded, the ones reminders are about. */
	@EntityGraph(attributePaths = { "parties" })
	@Query("""
			select a from Agreement a where a.signedAt is not null and a.terminatedOn is null
			and a.supersededById is null and a.effectiveUntil >= :from and a.effectiveUntil <= :until
			""")
	List<Agreement> signedEndingBetween(@Param("from") java.time.LocalDate from,
			@Param("until") java.time.LocalDate until);

	/**
	 * Agreement id and the owner of its partnership, for the expiry reminders. The job
	 * runs without a signed-in user, so it reads the owner here, scoped by the tenant
	 * like every query on the partnership module's public entity, rather than through
	 * {@code Partnerships.get}, whose access check is for people.
	 */
	@Query("select a.id, p.ownerId from Agreement a, Partnership p where p.id = a.partnershipId and a.id in :ids")
	List<Object[]> partnershipOwners(@Param("ids") java.util.Collection<UUID> ids);

}
