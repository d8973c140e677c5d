package id.jejaring.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);

	Optional<ApiToken> findByTokenHash(String tokenHash);

}
