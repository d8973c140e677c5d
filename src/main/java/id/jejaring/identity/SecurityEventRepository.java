package id.jejaring.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, UUID> {

	Page<SecurityEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);

	List<SecurityEvent> findByKindAndUsername(SecurityEvent.Kind kind, String username);

}
