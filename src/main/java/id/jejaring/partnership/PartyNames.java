package id.jejaring.partnership;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Names of partners and contact persons for a page of records, in one query each (the
 * partner module's entities, read-only; tenant filtering applies as everywhere).
 */
@Component
class PartyNames {

	private final EntityManager entities;

	PartyNames(EntityManager entities) {
		this.entities = entities;
	}

	Map<UUID, String> partners(Collection<UUID> ids) {
		return names("select p.id, p.name from Partner p where p.id in :ids", ids);
	}

	Map<UUID, String> contacts(Collection<UUID> ids) {
		return names("select c.id, c.name from PartnerContact c where c.id in :ids", ids);
	}

	private Map<UUID, String> names(String query, Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		List<Object[]> rows = this.entities.createQuery(query, Object[].class)
			.setParameter("ids", List.copyOf(ids))
			.getResultList();
		rows.forEach((row) -> names.put((UUID) row[0], (String) row[1]));
		return names;
	}

}
