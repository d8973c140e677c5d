package id.jejaring.engagement;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications of the current institution. Other modules {@link #notify} users
 * (also from a background job, inside a tenant context); each signed-in user reads and
 * marks only their own.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	private final NotificationRepository notifications;

	private final Clock clock;

	Notifications(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Leaves the same message for each recipient (users of the current institution). Not
	 * secured: called by jobs that run without a signed-in user; it joins the caller's
	 * transaction, so what the notification is about and the notification commit
	 * together. The link is a path inside the application, never an outside address.
	 */
	@Transactional
	public List<Notification> notify(Collection<UUID> recipientIds, String title, String body, String link) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A notification needs a title");
		}
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")
				|| link.chars().anyMatch(Character::isISOControl) || link.length() > Notification.LINK_LENGTH)) {
			throw new IllegalArgumentException("A notification links to a path inside the application: " + link);
		}
		String shortTitle = limit(title.strip(), Notification.TITLE_LENGTH);
		String shortBody = (body != null) ? limit(body.strip(), Notification.BODY_LENGTH) : null;
		return this.notifications.saveAll(new LinkedHashSet<>(recipientIds).stream()
			.map((recipient) -> new Notification(recipient, shortTitle, shortBody, link))
			.toList());
	}

	/** The signed-in user's notifications, in the order the pageable asks. */
	@PreAuthorize("isAuthenticated()")
	public Page<Notification> mine(Pageable pageable) {
		return this.notifications.findByRecipientId(currentUserId(), pageable);
	}

	@PreAuthorize("isAuthenticated()")
	public long unreadCount() {
		return this.notifications.countByRecipientIdAndReadAtIsNull(currentUserId());
	}

	/** Marks one of the user's own notifications read; anyone else's is not found. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Notification markRead(UUID id) {
		Notification notification = this.notifications.findByIdAndRecipientId(id, currentUserId())
			.orElseThrow(NotFoundException::new);
		notification.markRead(now());
		return notification;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public int markAllRead() {
		return this.notifications.markAllRead(currentUserId(), now());
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * The signed-in user, or an id no notification has (an API token or a test principal
	 * without an account sees none).
	 */
	private static UUID currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof JejaringUser user) {
			return user.id();
		}
		return new UUID(0, 0);
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
