package id.jejaring.workplan;

import java.util.List;

import id.jejaring.partner.PartnersMerged;
import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work plans name partners (who proposed, who is responsible, who contributes): when two
 * partner records are merged they follow the surviving one, as the partnership's parties
 * do. Partners are never physically deleted, so nothing else needs guarding.
 */
@Component
class WorkPlanPartnerLinks {

	private static final List<String> UPDATES = List.of(
			"update PlanObjective o set o.proposedBy = :survivor where o.proposedBy = :merged",
			"update PlanIndicator i set i.proposedBy = :survivor where i.proposedBy = :merged",
			"update PlanActivity a set a.proposedBy = :survivor where a.proposedBy = :merged",
			"update PlanActivity a set a.responsiblePartnerId = :survivor where a.responsiblePartnerId = :merged",
			"update ActivityContribution c set c.partnerId = :survivor where c.partnerId = :merged");

	private final EntityManager entityManager;

	WorkPlanPartnerLinks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	@Transactional
	void on(PartnersMerged merged) {
		// bulk updates (the merge is recorded in the partner's own history)
		for (String update : UPDATES) {
			this.entityManager.createQuery(update)
				.setParameter("survivor", merged.survivorId())
				.setParameter("merged", merged.mergedId())
				.executeUpdate();
		}
	}

}
