package id.jejaring.partnership;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Names of partners, contact persons and follow-up owners for a page of records, in one
 * query each (the partner and identity modules' entities, read-only; tenant filtering
 * applies as everywhere).
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

	/**
	 * Open follow-ups due on or before a date, earliest first, with the partner's and the
	 * owner's names, in one statement (the dashboard counts its queries).
	 */
	List<FollowUp> followUpsDue(java.time.LocalDate until, java.time.LocalDate today, int limit) {
		List<Object[]> rows = this.entities
			.createQuery("select i.id, i.partnerId, p.name, i.partnershipId, i.followUpAction, i.followUpDue, "
					+ "coalesce(u.fullName, u.username) from Interaction i join Partner p on p.id = i.partnerId "
					+ "left join UserAccount u on u.id = i.followUpOwnerId "
					+ "where i.followUpDone = false and i.followUpDue <= :until order by i.followUpDue, i.id",
					Object[].class)
			.setParameter("until", until)
			.setMaxResults(limit)
			.getResultList();
		return rows.stream()
			.map((row) -> new FollowUp((UUID) row[0], (UUID) row[1], (String) row[2], (UUID) row[3], (String) row[4],
					(java.time.LocalDate) row[5], (String) row[6], ((java.time.LocalDate) row[5]).isBefore(today)))
			.toList();
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
