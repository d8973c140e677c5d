package id.jejaring.agreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementScanRepository extends JpaRepository<AgreementScan, UUID> {

	/** The scans' descriptions without their bytes. */
	@Query("""
			select new id.jejaring.agreement.ScanInfo(s.id, s.agreementId, s.fileName, s.contentType, s.size, s.createdAt, s.createdBy)
			from AgreementScan s where s.agreementId = :agreementId order by s.createdAt desc
			""")
	List<ScanInfo> describe(@Param("agreementId") UUID agreementId);

	@Query("select count(s) > 0 from AgreementScan s where s.agreementId = :agreementId and s.createdAt >= :since")
	boolean anySince(@Param("agreementId") UUID agreementId, @Param("since") java.time.Instant since);

	Optional<AgreementScan> findByIdAndAgreementId(UUID id, UUID agreementId);

}
