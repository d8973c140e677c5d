package id.jejaring.identity;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A facilitator (pendamping) assigned to an institution.
 */
@Entity
@Table(name = "facilitator_assignment")
class FacilitatorAssignment {

	@EmbeddedId
	private Key key;

	protected FacilitatorAssignment() {
	}

	FacilitatorAssignment(UUID userId, UUID institutionId) {
		this.key = new Key(userId, institutionId);
	}

	UUID institutionId() {
		return this.key.institutionId;
	}

	@Embeddable
	record Key(UUID userId, UUID institutionId) implements Serializable {
	}

}
