package id.jejaring.needs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface NeedRepository extends JpaRepository<Need, UUID>, JpaSpecificationExecutor<Need> {

	/** The export's query: partner criteria in the same query, however many needs. */
	@Override
	@EntityGraph(attributePaths = "partnerCategories")
	List<Need> findAll(Specification<Need> specification, Sort sort);

	@Query("select coalesce(max(n.priorityRank), 0) from Need n")
	int maxRank();

	Optional<Need> findFirstByPriorityRankLessThanOrderByPriorityRankDesc(int rank);

	Optional<Need> findFirstByPriorityRankGreaterThanOrderByPriorityRankAsc(int rank);

	@EntityGraph(attributePaths = "partnerCategories")
	List<Need> findAllByOrderByPriorityRankAscCreatedAtAsc();

	@EntityGraph(attributePaths = "partnerCategories")
	List<Need> findByStatusInOrderByPriorityRankAsc(Collection<NeedStatus> statuses);

	@Query("select distinct n from Need n left join fetch n.partnerCategories where n.status = :status "
			+ "order by n.priorityRank, n.createdAt")
	List<Need> findWithCriteriaByStatus(@org.springframework.data.repository.query.Param("status") NeedStatus status);

	@EntityGraph(attributePaths = "partnerCategories")
	List<Need> findByRequirementIdIn(Collection<UUID> requirementIds);

	List<Need> findByRequirementId(UUID requirementId);

	@Query("select n.programId as programId, n.aspect as aspect, n.status as status, count(n) as count "
			+ "from Need n group by n.programId, n.aspect, n.status")
	List<NeedCount> countByProgramAspectAndStatus();

	interface NeedCount {

		UUID getProgramId();

		NeedAspect getAspect();

		NeedStatus getStatus();

		long getCount();

	}

}
