package id.jejaring.agreement;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, UUID> {

	Optional<CalendarFeed> findByUserId(UUID userId);

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from CalendarFeed f where f.userId = :userId")
	int deleteByUser(@Param("userId") UUID userId);

}
