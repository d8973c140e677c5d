package id.jejaring.partner;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerContactRepository extends JpaRepository<PartnerContact, UUID> {

	List<PartnerContact> findByPartnerIdOrderByName(UUID partnerId);

	List<PartnerContact> findByPartnerIdInOrderByName(Collection<UUID> partnerIds);

	@Query("select c.partnerId as partnerId, count(c) as count from PartnerContact c "
			+ "where c.partnerId in :partnerIds group by c.partnerId")
	List<ContactCount> countByPartnerIds(Collection<UUID> partnerIds);

	interface ContactCount {

		UUID getPartnerId();

		long getCount();

	}

}
