package id.jejaring.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FacilitatorAssignmentRepository extends JpaRepository<FacilitatorAssignment, FacilitatorAssignment.Key> {

	@Query("select a.key.institutionId from FacilitatorAssignment a where a.key.userId = ?1")
	List<UUID> institutionIdsOf(UUID userId);

	@Modifying
	@Query("delete from FacilitatorAssignment a where a.key.userId = ?1")
	void deleteByUserId(UUID userId);

}
