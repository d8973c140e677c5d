package id.jejaring.workplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import id.jejaring.shared.BaseEntity;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Component;

/**
 * Who added, changed or removed which item of a plan, and when, from Envers: the
 * objectives, indicators and activities of the plan and the contributions to its
 * activities (removed ones too: deletions keep their data). A change that touched none of
 * the fields shown (a version bump when a contribution was added) is left out.
 */
@Component
class PlanHistory {

	static final int LIMIT = 100;

	private final EntityManager entityManager;

	PlanHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<PlanChange> of(WorkPlan plan) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<PlanChange> changes = new ArrayList<>();
		Map<String, Function<PlanObjective, Object>> objective = new LinkedHashMap<>();
		objective.put("workplan.objective", PlanObjective::getText);
		objective.put("workplan.proposer", PlanObjective::getProposedBy);
		collect(reader, PlanObjective.class, "plan", List.of(plan.getId()), "workplan.objective",
				(o) -> new Label(o.getText(), null), objective, changes);
		Map<String, Function<PlanIndicator, Object>> indicator = new LinkedHashMap<>();
		indicator.put("workplan.measure", (i) -> Objects.toString(i.getMeasure(), "") + i.getName() + i.getUnit());
		indicator.put("workplan.baseline", PlanIndicator::getBaseline);
		indicator.put("workplan.target", PlanIndicator::getTarget);
		indicator.put("workplan.proposer", PlanIndicator::getProposedBy);
		collect(reader, PlanIndicator.class, "plan", List.of(plan.getId()), "workplan.measure",
				(i) -> (i.getMeasure() != null) ? new Label(null, i.getMeasure().messageKey())
						: new Label(i.getName(), null),
				indicator, changes);
		Map<String, Function<PlanActivity, Object>> activity = new LinkedHashMap<>();
		activity.put("workplan.activity.description", PlanActivity::getDescription);
		activity.put("need.aspect", PlanActivity::getAspect);
		activity.put("workplan.responsible", PlanActivity::getResponsiblePartnerId);
		activity.put("workplan.startsOn", PlanActivity::getStartsOn);
		activity.put("workplan.endsOn", PlanActivity::getEndsOn);
		activity.put("workplan.place", PlanActivity::getPlace);
		activity.put("workplan.activity.budget", PlanActivity::getBudget);
		activity.put("workplan.proposer", PlanActivity::getProposedBy);
		List<UUID> activityIds = collect(reader, PlanActivity.class, "plan", List.of(plan.getId()),
				"workplan.activities", (a) -> new Label(a.getDescription(), null), activity, changes);
		Map<String, Function<ActivityContribution, Object>> contribution = new LinkedHashMap<>();
		contribution.put("workplan.contribution.value", ActivityContribution::getValue);
		if (!activityIds.isEmpty()) {
			collect(reader, ActivityContribution.class, "activity", activityIds, "workplan.history.contribution",
					(c) -> new Label(c.getDescription(), null), contribution, changes);
		}
		changes.sort(Comparator.comparing(PlanChange::at).thenComparing(PlanChange::revision).reversed());
		return (changes.size() > LIMIT) ? List.copyOf(changes.subList(0, LIMIT)) : changes;
	}

	/**
	 * Adds the changes of one kind of item whose parent is among {@code parents}.
	 * @return the ids of every item of that kind ever in the plan
	 */
	private <T extends BaseEntity> List<UUID> collect(AuditReader reader, Class<T> type, String parent,
			List<UUID> parents, String itemKey, Function<T, Label> label, Map<String, Function<T, Object>> fields,
			List<PlanChange> changes) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.relatedId(parent).in(parents.toArray()))
			.addOrder(AuditEntity.revisionNumber().asc())
			.addOrder(AuditEntity.id().asc())
			.getResultList();
		// the same rows' revision, user and time as projections (the revision entity is
		// shared's own), in the same order
		@SuppressWarnings("unchecked")
		List<Object[]> revisions = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.addProjection(AuditEntity.revisionNumber())
			.addProjection(AuditEntity.revisionProperty("username"))
			.addProjection(AuditEntity.revisionProperty("revisionTimestamp"))
			.add(AuditEntity.relatedId(parent).in(parents.toArray()))
			.addOrder(AuditEntity.revisionNumber().asc())
			.addOrder(AuditEntity.id().asc())
			.getResultList();
		Map<UUID, T> previous = new HashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			Object[] row = rows.get(r);
			Object[] who = revisions.get(r);
			@SuppressWarnings("unchecked")
			T snapshot = (T) row[0];
			long revision = ((Number) who[0]).longValue();
			RevisionType kind = (RevisionType) row[2];
			T before = previous.put(snapshot.getId(), snapshot);
			List<String> changed = new ArrayList<>();
			if (kind == RevisionType.MOD && before != null) {
				fields.forEach((key, field) -> {
					if (!Objects.equals(field.apply(before), field.apply(snapshot))) {
						changed.add(key);
					}
				});
				if (changed.isEmpty()) {
					continue;
				}
			}
			Label shown = label.apply(snapshot);
			changes.add(new PlanChange(revision, Instant.ofEpochMilli(((Number) who[2]).longValue()), (String) who[1],
					kind.name(), itemKey, shown.text(), shown.key(), List.copyOf(changed)));
		}
		return List.copyOf(previous.keySet());
	}

	private record Label(String text, String key) {
	}

}
