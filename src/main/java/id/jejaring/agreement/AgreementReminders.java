package id.jejaring.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.engagement.Mailer;
import id.jejaring.engagement.Notifications;
import id.jejaring.identity.Role;
import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.shared.TenantContext;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily expiry reminders: for each institution, each signed agreement not terminated
 * nor superseded that ends within the largest lead time gets the reminder
 * {@link AgreementReminderPolicy} says is due, once, as an in-app notification and an
 * email to the partnership's owner and the institution's managers.
 * <p>
 * Once means once: the {@link AgreementReminder} row and the notifications commit in one
 * transaction, and the row's unique key (agreement, lead) refuses a second one, so a
 * restart, a re-run or a second app node that slipped past the ShedLock lock sends
 * nothing again. Mail goes out after that commit; if the mail server fails then, the
 * in-app notification stands and the mail is not retried (a reminder twice is worse than
 * one channel missing once).
 */
@Component
class AgreementReminders {

	private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

	private static final int INSTITUTIONS_PER_PAGE = 100;

	private final InstitutionManagement institutions;

	private final AgreementSettingsManagement settings;

	private final AgreementRepository agreements;

	private final AgreementReminderRepository reminders;

	private final UserManagement users;

	private final Notifications notifications;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final String baseUrl;

	AgreementReminders(InstitutionManagement institutions, AgreementSettingsManagement settings,
			AgreementRepository agreements, AgreementReminderRepository reminders, UserManagement users,
			Notifications notifications, Mailer mailer, MessageSource messages,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${jejaring.base-url:http://localhost:8080}") String baseUrl) {
		this.institutions = institutions;
		this.settings = settings;
		this.agreements = agreements;
		this.reminders = reminders;
		this.users = users;
		this.notifications = notifications;
		this.mailer = mailer;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Every morning in Western Indonesia Time, on one node at a time. The lock is held at
	 * least a few minutes so a node whose clock runs slightly behind does not start the
	 * same run again right after.
	 */
	@Scheduled(cron = "${jejaring.agreements.reminder-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "agreement-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	public void run() {
		int sent = remindAll(LocalDate.now(this.clock.withZone(Agreements.WIB)));
		log.info("Agreement expiry reminders sent: {}", sent);
	}

	/** One pass over all institutions as of the given day; returns the reminders sent. */
	int remindAll(LocalDate today) {
		int sent = 0;
		Pageable pageable = PageRequest.of(0, INSTITUTIONS_PER_PAGE, Sort.by("id"));
		Page<Institution> page;
		do {
			page = this.institutions.all(pageable);
			for (Institution institution : page) {
				try {
					sent += TenantContext.callAs(institution.getId(), () -> remindHere(today));
				}
				catch (RuntimeException ex) {
					// one institution's bad data must not stop the others' reminders
					log.error("Agreement reminders failed for institution {}", institution.getId(), ex);
				}
			}
			pageable = page.nextPageable();
		}
		while (page.hasNext());
		return sent;
	}

	/**
	 * The current institution's due reminders. Transactions start here, inside the tenant
	 * context, so Hibernate and PostgreSQL's row security see the institution.
	 */
	int remindHere(LocalDate today) {
		int sent = 0;
		for (Reminder reminder : dueHere(today)) {
			if (send(reminder)) {
				sent++;
			}
		}
		return sent;
	}

	/** The current institution's reminders due on the day, with their recipients. */
	List<Reminder> dueHere(LocalDate today) {
		return this.readOnly.execute((status) -> findDue(today));
	}

	private List<Reminder> findDue(LocalDate today) {
		List<Integer> leads = this.settings.current().reminderDays();
		if (leads.isEmpty()) {
			return List.of();
		}
		int largest = leads.stream().mapToInt(Integer::intValue).max().getAsInt();
		List<Agreement> ending = this.agreements.signedEndingBetween(today, today.plusDays(largest));
		if (ending.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = ending.stream().map(Agreement::getId).toList();
		Map<UUID, Set<Integer>> sent = new HashMap<>();
		this.reminders.findByAgreementIdIn(ids)
			.forEach((r) -> sent.computeIfAbsent(r.getAgreementId(), (id) -> new HashSet<>()).add(r.getLeadDays()));
		Map<UUID, UUID> owners = new HashMap<>();
		for (Object[] row : this.agreements.partnershipOwners(ids)) {
			if (row[1] != null) {
				owners.put((UUID) row[0], (UUID) row[1]);
			}
		}
		Map<UUID, UserAccount> staff = activeStaff();
		List<UserAccount> managers = staff.values().stream().filter((u) -> u.getRole() == Role.MANAGER).toList();
		List<Reminder> due = new ArrayList<>();
		for (Agreement agreement : ending) {
			long daysLeft = ChronoUnit.DAYS.between(today, agreement.getEffectiveUntil());
			OptionalInt lead = AgreementReminderPolicy.due(daysLeft, leads,
					sent.getOrDefault(agreement.getId(), Set.of()));
			if (lead.isEmpty()) {
				continue;
			}
			Set<UserAccount> recipients = new LinkedHashSet<>();
			UserAccount owner = staff.get(owners.get(agreement.getId()));
			if (owner != null) {
				recipients.add(owner);
			}
			recipients.addAll(managers);
			due.add(new Reminder(agreement.getId(), lead.getAsInt(), List.copyOf(recipients),
					text(agreement, daysLeft)));
		}
		return due;
	}

	/**
	 * The institution's enabled accounts by id (a handful; one query). Staff and managers
	 * only: partner-role users do not manage agreements.
	 */
	private Map<UUID, UserAccount> activeStaff() {
		return this.users.staff(PageRequest.of(0, 1000, Sort.by("id")))
			.getContent()
			.stream()
			.filter(UserAccount::isEnabled)
			.filter((u) -> u.getRole() == Role.MANAGER || u.getRole() == Role.STAFF)
			.collect(Collectors.toMap(UserAccount::getId, (u) -> u, (a, b) -> a));
	}

	/**
	 * Records and notifies in one transaction, then mails. False when the reminder had
	 * been recorded meanwhile (another node, a concurrent run).
	 */
	boolean send(Reminder reminder) {
		if (reminder.recipients().isEmpty()) {
			log.warn("Agreement {} is due a {}-day reminder but its institution has no one to tell",
					reminder.agreementId(), reminder.lead());
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.reminders
					.saveAndFlush(new AgreementReminder(reminder.agreementId(), reminder.lead(), this.clock.instant()));
				this.notifications.notify(reminder.recipients().stream().map(UserAccount::getId).toList(),
						reminder.text().title(), reminder.text().body(), reminder.text().link());
			});
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Agreement {} {}-day reminder was already sent", reminder.agreementId(), reminder.lead());
			return false;
		}
		this.mailer.send(reminder.recipients().stream().map(UserAccount::getEmail).toList(), subject(reminder.text()),
				mailText(reminder.text()));
		return true;
	}

	private Text text(Agreement agreement, long daysLeft) {
		String kind = message("agreement.reminder.kind." + agreement.getKind().name());
		String number = (agreement.getLetterNumber() != null) ? agreement.getLetterNumber()
				: message("agreement.reminder.noNumber");
		String partners = agreement.getParties()
			.stream()
			.filter((p) -> !p.isInstitution())
			.map(AgreementParty::getPartyName)
			.collect(Collectors.joining(", "));
		String until = DATE.format(agreement.getEffectiveUntil());
		String title = message((daysLeft == 0) ? "agreement.reminder.lastDay" : "agreement.reminder.title", kind,
				number, partners, String.valueOf(daysLeft), until);
		String body = message("agreement.reminder.body", agreement.getTitle(), until);
		return new Text(title, body, "/agreements/" + agreement.getId());
	}

	private String subject(Text text) {
		return message("agreement.reminder.mail.subject", text.title());
	}

	private String mailText(Text text) {
		return message("agreement.reminder.mail.text", text.title(), text.body(), this.baseUrl + text.link());
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, INDONESIAN);
	}

	record Reminder(UUID agreementId, int lead, List<UserAccount> recipients, Text text) {
	}

	private record Text(String title, String body, String link) {
	}

}
