package id.jejaring.partnership;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnershipPartyRepository extends JpaRepository<PartnershipParty, UUID> {

	/**
	 * The parties of a page of partnerships with the partners' names, in one statement
	 * (the list shows them on every row). Both tables are tenant-scoped.
	 */
	@Query("select p.partnership.id, p.partnerId, p.role, pa.name from PartnershipParty p, id.jejaring.partner.Partner pa "
			+ "where pa.id = p.partnerId and p.partnership.id in :ids order by pa.name")
	List<Object[]> findNamedParties(@Param("ids") Collection<UUID> partnershipIds);

}
