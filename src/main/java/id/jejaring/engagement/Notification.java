package id.jejaring.engagement;

import java.time.Instant;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A message for one user of the institution: a title, an optional body and a path inside
 * the application it points to. Written once and then only marked read, so it is not
 * audited (a history of “read” clicks would be noise).
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwnedEntity {

	static final int TITLE_LENGTH = 300;

	static final int BODY_LENGTH = 2000;

	static final int LINK_LENGTH = 500;

	@Column(nullable = false, updatable = false)
	private UUID recipientId;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(updatable = false)
	private String body;

	@Column(updatable = false)
	private String link;

	private Instant readAt;

	protected Notification() {
	}

	Notification(UUID recipientId, String title, String body, String link) {
		this.recipientId = recipientId;
		this.title = title;
		this.body = body;
		this.link = link;
	}

	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	public UUID getRecipientId() {
		return this.recipientId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public String getLink() {
		return this.link;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
