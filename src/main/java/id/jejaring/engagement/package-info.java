/**
 * Keeping partnerships alive: in-app notifications
 * ({@link id.jejaring.engagement.Notifications}, the list page and the unread badge in
 * the navigation bar) and plain-text email ({@link id.jejaring.engagement.Mailer}, sent
 * only when an SMTP server is configured). Later: contact cadence and the calendar.
 * Modules above it (agreement's expiry reminders) tell it whom to notify; it knows none
 * of them. Uses {@code shared} and {@code identity} (the signed-in user).
 */
package id.jejaring.engagement;
