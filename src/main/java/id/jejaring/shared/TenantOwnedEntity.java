package id.jejaring.shared;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * An entity that belongs to one institution. Hibernate fills {@code institution_id} from
 * the current tenant on insert and adds it to every query, so no caller has to remember a
 * filter; on PostgreSQL, row-level security on the table is the second wall.
 */
@MappedSuperclass
@Audited
public abstract class TenantOwnedEntity extends BaseEntity {

	@TenantId
	@Column(name = "institution_id", nullable = false, updatable = false)
	private UUID institutionId;

	public UUID getInstitutionId() {
		return this.institutionId;
	}

}
