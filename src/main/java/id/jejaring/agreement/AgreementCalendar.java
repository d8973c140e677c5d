package id.jejaring.agreement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.TenantContext;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agreements' expiry dates as an iCalendar feed a user subscribes to: one all-day
 * event on the last day of each signed agreement still standing (not terminated nor
 * superseded), with alarms at the institution's reminder lead times.
 * <p>
 * Calendar apps cannot sign in, so each user may keep one secret link. Its token is
 * {@code <institution id>.<random secret>}: the feed enters that institution and only
 * then looks the token's SHA-256 hash up, under Hibernate's tenant filter and, on
 * PostgreSQL, row security, like every other read. Putting the (not secret) institution
 * id in the token is what lets an anonymous request find its tenant without an
 * owner-rights SQL function reaching across institutions; the 256-bit secret is what
 * grants access, and only its hash is stored.
 */
@Service
public class AgreementCalendar {

	static final int MAX_TOKEN_LENGTH = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final CalendarFeedRepository feeds;

	private final AgreementRegisterQueries queries;

	private final AgreementSettingsManagement settings;

	private final UserManagement users;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	private final String baseUrl;

	AgreementCalendar(CalendarFeedRepository feeds, AgreementRegisterQueries queries,
			AgreementSettingsManagement settings, UserManagement users, MessageSource messages,
			PlatformTransactionManager transactions, @Value("${jejaring.base-url:}") String baseUrl) {
		this.feeds = feeds;
		this.queries = queries;
		this.settings = settings;
		this.users = users;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.baseUrl = (baseUrl.endsWith("/")) ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** When the user's current feed link was made, if they have one. */
	@PreAuthorize(Access.EDIT)
	@Transactional(readOnly = true)
	public Optional<Instant> feedCreatedAt(UUID userId) {
		return this.feeds.findByUserId(userId).map(CalendarFeed::getCreatedAt);
	}

	/**
	 * A new secret link for the signed-in user (whose id the caller passes); any earlier
	 * link stops working. The token is returned once and never stored.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public String renew(UUID userId) {
		UUID institution = TenantContext.require();
		this.feeds.deleteByUser(userId);
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = institution + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.feeds.saveAndFlush(new CalendarFeed(userId, hash(token)));
		return token;
	}

	/** Ends the user's feed link. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public void revoke(UUID userId) {
		this.feeds.deleteByUser(userId);
	}

	/**
	 * The calendar for a feed token, open to anonymous callers: empty for a malformed or
	 * unknown token, or one whose user is disabled or no longer of the institution.
	 */
	public Optional<String> feed(String token) {
		UUID institution = institutionOf(token);
		if (institution == null) {
			return Optional.empty();
		}
		// the transaction starts inside the tenant, so the filter and row security apply
		return TenantContext.callAs(institution,
				() -> this.readOnly.execute((status) -> this.feeds.findByTokenHash(hash(token))
					.filter((feed) -> stillMember(feed.getUserId(), institution))
					.map((feed) -> write(this.queries.signedWithEnd(), this.settings.current().reminderDays()))));
	}

	private boolean stillMember(UUID userId, UUID institution) {
		try {
			UserAccount user = this.users.account(userId);
			// a link stops working when its user leaves the institution's managers and
			// staff
			return user.isEnabled() && institution.equals(user.getInstitutionId())
					&& (user.getRole() == id.jejaring.identity.Role.MANAGER
							|| user.getRole() == id.jejaring.identity.Role.STAFF);
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private String write(List<Agreement> agreements, List<Integer> reminderDays) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Jejaring//Perjanjian//ID"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", text("agreement.calendar.feedName")));
		for (Agreement agreement : agreements) {
			calendar.add(event(agreement, reminderDays));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private VEvent event(Agreement agreement, List<Integer> reminderDays) {
		LocalDate last = agreement.getEffectiveUntil();
		String summary = this.messages
			.getMessage("agreement.calendar.event",
					new Object[] { agreement.getTitle(),
							(agreement.getLetterNumber() != null) ? agreement.getLetterNumber() : "" },
					INDONESIAN)
			.strip();
		// all day: from the last day to the next, exclusive
		VEvent event = new VEvent(last, last.plusDays(1), summary);
		// stable per agreement, so calendars update the event instead of adding another
		event.add(new Uid("agreement-" + agreement.getId() + "@jejaring"));
		String link = this.baseUrl + "/agreements/" + agreement.getId();
		event.add(new Description(summary + "\n" + link));
		if (link.startsWith("http")) {
			event.add(new Url(URI.create(link)));
		}
		for (Integer days : reminderDays) {
			VAlarm alarm = new VAlarm(Period.ofDays(-days));
			alarm.add(ImmutableAction.DISPLAY);
			alarm.add(new Description(summary));
			event.add(alarm);
		}
		return event;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, INDONESIAN);
	}

	static UUID institutionOf(String token) {
		if (token == null || token.length() > MAX_TOKEN_LENGTH) {
			return null;
		}
		int dot = token.indexOf('.');
		if (dot != 36 || dot == token.length() - 1) {
			return null;
		}
		try {
			return UUID.fromString(token.substring(0, dot));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
