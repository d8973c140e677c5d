package id.jejaring.partnership;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InteractionRepository extends JpaRepository<Interaction, UUID>, JpaSpecificationExecutor<Interaction> {

	long countByPartnershipId(UUID partnershipId);

	boolean existsByPartnerId(UUID partnerId);

	List<Interaction> findByPartnerId(UUID partnerId);

	@Query("select count(i) from Interaction i where i.partnershipId = :partnershipId "
			+ "or (i.partnershipId is null and i.partnerId in :partnerIds)")
	long countForPartnership(@Param("partnershipId") UUID partnershipId,
			@Param("partnerIds") java.util.Collection<UUID> partnerIds);

}
