package id.jejaring.agreement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementReminderRepository extends JpaRepository<AgreementReminder, UUID> {

	List<AgreementReminder> findByAgreementIdIn(Collection<UUID> agreementIds);

	List<AgreementReminder> findByAgreementIdOrderByLeadDaysDesc(UUID agreementId);

}
