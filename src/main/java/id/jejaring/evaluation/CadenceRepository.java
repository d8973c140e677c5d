package id.jejaring.evaluation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CadenceRepository extends JpaRepository<MonitoringCadence, UUID> {

	Optional<MonitoringCadence> findByPartnershipId(UUID partnershipId);

}
