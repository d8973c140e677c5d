package id.jejaring.agreement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The register's grouped reads: the parties of a page of agreements, their partnerships'
 * titles, the partners named as parties at all, and the agreements the calendar shows.
 * Each is one statement however many agreements a page holds.
 */
interface AgreementRegisterQueries extends Repository<Agreement, UUID> {

	@Query("""
			select p.agreement.id, p.partnerId, p.partyName from AgreementParty p
			where p.agreement.id in :ids order by p.agreement.id, p.sortOrder
			""")
	List<Object[]> parties(@Param("ids") Collection<UUID> agreementIds);

	@Query("""
			select a.id, s.title from Agreement a join Partnership s on s.id = a.partnershipId
			where a.id in :ids
			""")
	List<Object[]> partnershipTitles(@Param("ids") Collection<UUID> agreementIds);

	@Query("""
			select p.partnerId, min(p.partyName) from AgreementParty p where p.partnerId is not null
			group by p.partnerId order by min(p.partyName), p.partnerId
			""")
	List<Object[]> partners();

	/** Signed agreements with an end date, not terminated nor superseded. */
	@Query("""
			select a from Agreement a where a.signedAt is not null and a.terminatedOn is null
			and a.supersededById is null and a.effectiveUntil is not null order by a.effectiveUntil, a.id
			""")
	List<Agreement> signedWithEnd();

}
