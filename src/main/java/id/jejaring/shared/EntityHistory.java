package id.jejaring.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import id.jejaring.shared.internal.RevisionInfo;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads Envers history and turns consecutive snapshots into "who changed which field from
 * what to what", for the change-history pages.
 */
@Component
public class EntityHistory {

	private final EntityManager entityManager;

	EntityHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The changes to one entity, newest first.
	 * @param type the audited entity class
	 * @param id the entity id (the caller has already checked the user may see it)
	 * @param fields the fields to compare, by message key, in display order
	 */
	@Transactional(readOnly = true)
	public <T> List<Change> changes(Class<T> type, UUID id, Map<String, Function<T, Object>> fields) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Change> changes = new ArrayList<>();
		T previous = null;
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			T snapshot = (T) row[0];
			RevisionInfo revision = (RevisionInfo) row[1];
			RevisionType kind = (RevisionType) row[2];
			Map<String, FieldChange> fieldChanges = new LinkedHashMap<>();
			for (Map.Entry<String, Function<T, Object>> field : fields.entrySet()) {
				Object before = (previous != null) ? field.getValue().apply(previous) : null;
				Object after = field.getValue().apply(snapshot);
				if (!Objects.equals(blankToNull(before), blankToNull(after))) {
					fieldChanges.put(field.getKey(), new FieldChange(field.getKey(), display(before), display(after)));
				}
			}
			if (!fieldChanges.isEmpty() || kind != RevisionType.MOD) {
				changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getRevisionTimestamp()),
						revision.getUsername(), kind == RevisionType.ADD, List.copyOf(fieldChanges.values())));
			}
			previous = snapshot;
		}
		Collections.reverse(changes);
		return changes;
	}

	private static Object blankToNull(Object value) {
		return (value instanceof String text && text.isBlank()) ? null : value;
	}

	private static String display(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/** One saved revision: when, by whom, and which fields changed. */
	public record Change(long revision, Instant at, String username, boolean created, List<FieldChange> fields) {
	}

	/** One field's old and new value, as text. */
	public record FieldChange(String field, String before, String after) {
	}

}
