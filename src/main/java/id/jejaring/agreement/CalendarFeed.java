package id.jejaring.agreement;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user's subscription link to the expiry calendar: the SHA-256 hash of its secret
 * token, never the token. Written once; renewing replaces it and revoking deletes it.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID userId;

	@Column(nullable = false, updatable = false)
	private String tokenHash;

	protected CalendarFeed() {
	}

	CalendarFeed(UUID userId, String tokenHash) {
		this.userId = userId;
		this.tokenHash = tokenHash;
	}

	UUID getUserId() {
		return this.userId;
	}

}
