package id.jejaring.evaluation;

import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointEvaluationRepository extends JpaRepository<JointEvaluation, UUID> {

	@Query("select distinct e from JointEvaluation e left join fetch e.ratings "
			+ "where e.partnershipId = :partnershipId and e.cycle = :cycle order by e.createdAt")
	List<JointEvaluation> findForCycle(UUID partnershipId, int cycle);

	@Query("select (count(e) > 0) from JointEvaluation e where e.partnershipId = :partnershipId and e.cycle = :cycle "
			+ "and e.partnerId is null and exists (select o from JointEvaluation o where "
			+ "o.partnershipId = :partnershipId and o.cycle = :cycle and o.partnerId is not null)")
	boolean isJoint(UUID partnershipId, int cycle);

	/** Active partnerships in the stage whose current cycle has no joint evaluation. */
	@Query("select p.id, p.title, p.cycle, p.stageSince from Partnership p where p.stage = :stage "
			+ "and p.status = :status and not (exists (select e from JointEvaluation e where "
			+ "e.partnershipId = p.id and e.cycle = p.cycle and e.partnerId is null) and exists (select o from "
			+ "JointEvaluation o where o.partnershipId = p.id and o.cycle = p.cycle and o.partnerId is not null)) "
			+ "order by p.stageSince")
	List<Object[]> withoutJointEvaluation(Stage stage, PartnershipStatus status);

	/**
	 * The mean of every principle rating in the evaluations of the partnerships each
	 * partner is a party of.
	 */
	@Query("select pp.partnerId, avg(r.rating) from EvaluationRating r join r.evaluation e, PartnershipParty pp "
			+ "where pp.partnership.id = e.partnershipId group by pp.partnerId")
	List<Object[]> averageByPartner();

}
