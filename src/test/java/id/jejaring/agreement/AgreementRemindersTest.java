package id.jejaring.agreement;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.jejaring.engagement.Mailer;
import id.jejaring.engagement.Notification;
import id.jejaring.engagement.Notifications;
import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.UserManagement;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipDetails;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partner.PartnerMother;
import id.jejaring.shared.TenantContext;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily expiry reminder against the real database and an SMTP server (GreenMail): a
 * due reminder reaches the partnership's owner and the managers once, in the application
 * and by mail, and neither a second run nor a fresh job instance (a restart, another
 * node) sends it again.
 */
@SpringBootTest
class AgreementRemindersTest {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	AgreementReminders job;

	@Autowired
	AgreementMother agreements;

	@Autowired
	PartnershipMother partnerships;

	@Autowired
	Partnerships partnershipService;

	@Autowired
	Agreements agreementService;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	AgreementSettingsManagement settings;

	@Autowired
	AgreementRepository agreementRepository;

	@Autowired
	AgreementReminderRepository reminderRepository;

	@Autowired
	UserManagement users;

	@Autowired
	Mailer mailer;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	JejaringUser manager;

	JejaringUser staff;

	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		this.manager = (JejaringUser) this.userDetails.loadUserByUsername("pengelola.bandung");
		this.staff = (JejaringUser) this.userDetails.loadUserByUsername("staf.bandung");
		this.today = this.agreementService.today();
		mail.purgeEmailFromAllMailboxes();
	}

	/** A signed MoU of a partnership owned by staf.bandung, ending in the given days. */
	Agreement signedEndingIn(int days) {
		UUID bandung = this.partnerships.bandung();
		var partner = this.partnerships.partner(bandung);
		var need = this.partnerships.need(bandung);
		PartnershipDetails template = PartnershipMother.details(PartnerMother.unique("Kemitraan"), partner, need);
		PartnershipDetails owned = new PartnershipDetails(template.title(), template.pattern(), template.strategy(),
				this.staff.id(), template.year(), null, template.parties(), template.needIds(), template.aspects());
		Partnership partnership = this.partnerships.as(bandung, () -> this.partnershipService.create(owned));
		LocalDate until = this.today.plusDays(days);
		Agreement agreement = this.agreements.signed(bandung, partnership, until.plusDays(1).minusYears(1));
		assertThat(ChronoUnit.DAYS.between(this.today, agreement.getEffectiveUntil())).isEqualTo(days);
		return agreement;
	}

	List<Notification> notificationsOf(JejaringUser user, Agreement agreement) {
		return as(user, () -> this.notifications.mine(PageRequest.of(0, 500))).getContent()
			.stream()
			.filter((n) -> ("/agreements/" + agreement.getId()).equals(n.getLink()))
			.toList();
	}

	List<MimeMessage> mailsAbout(Agreement agreement) {
		return Arrays.stream(mail.getReceivedMessages())
			.filter((m) -> text(m).contains("/agreements/" + agreement.getId()))
			.toList();
	}

	static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	<T> T as(JejaringUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void aDueReminderReachesTheOwnerAndTheManagersOnce() throws Exception {
		Agreement agreement = signedEndingIn(30);

		assertThat(this.job.remindAll(this.today)).isGreaterThanOrEqualTo(1);

		List<Notification> managerSees = notificationsOf(this.manager, agreement);
		assertThat(managerSees).singleElement().satisfies((n) -> {
			assertThat(n.getTitle()).startsWith("Nota Kesepahaman " + agreement.getLetterNumber() + " dengan ")
				.contains(" berakhir dalam 30 hari (")
				.endsWith(")");
			assertThat(n.isUnread()).isTrue();
		});
		assertThat(notificationsOf(this.staff, agreement)).as("the partnership's owner").hasSize(1);
		List<MimeMessage> sent = mailsAbout(agreement);
		assertThat(sent).flatExtracting(AgreementRemindersTest::recipients)
			.containsExactlyInAnyOrder("euis@terampilmandiri.or.id", "dadang@terampilmandiri.or.id");
		assertThat(sent.get(0).getSubject()).contains(agreement.getLetterNumber()).contains("30 hari");
		assertThat(text(sent.get(0))).contains("Yth. Bapak/Ibu").contains(agreement.getTitle());

		// the next run, the same day or a day later, sends nothing more
		this.job.remindAll(this.today);
		this.job.remindAll(this.today.plusDays(1));
		// nor does a fresh job instance, as after a restart or on a second node
		newJob().remindAll(this.today.plusDays(2));

		assertThat(notificationsOf(this.manager, agreement)).hasSize(1);
		assertThat(notificationsOf(this.staff, agreement)).hasSize(1);
		assertThat(mailsAbout(agreement)).hasSize(2);
	}

	@Test
	void twoNodesFindingTheSameReminderSendItOnce() {
		Agreement agreement = signedEndingIn(7);
		UUID bandung = this.partnerships.bandung();
		// both nodes see the reminder due before either has sent it
		List<AgreementReminders.Reminder> first = TenantContext.callAs(bandung, () -> this.job.dueHere(this.today));
		List<AgreementReminders.Reminder> second = TenantContext.callAs(bandung, () -> newJob().dueHere(this.today));
		AgreementReminders.Reminder mine = first.stream()
			.filter((r) -> r.agreementId().equals(agreement.getId()))
			.findFirst()
			.orElseThrow();
		AgreementReminders.Reminder theirs = second.stream()
			.filter((r) -> r.agreementId().equals(agreement.getId()))
			.findFirst()
			.orElseThrow();

		assertThat(TenantContext.callAs(bandung, () -> this.job.send(mine))).isTrue();
		assertThat(TenantContext.callAs(bandung, () -> newJob().send(theirs))).as("refused by the unique key")
			.isFalse();

		assertThat(notificationsOf(this.manager, agreement)).hasSize(1);
		assertThat(mailsAbout(agreement)).hasSize(2);
		assertThat(leadsSent(agreement)).containsExactly(7);
	}

	@Test
	void theNextLeadFollowsButNeverALargerOne() {
		Agreement agreement = signedEndingIn(20);

		this.job.remindAll(this.today);
		assertThat(notificationsOf(this.manager, agreement)).singleElement()
			.satisfies((n) -> assertThat(n.getTitle()).contains("berakhir dalam 20 hari"));

		// 13 days later the 7-day lead is reached; the skipped 90-day one never comes
		this.job.remindAll(this.today.plusDays(13));
		assertThat(notificationsOf(this.manager, agreement)).hasSize(2);
		assertThat(leadsSent(agreement)).containsExactly(30, 7);

		// after the last day nothing more
		this.job.remindAll(this.today.plusDays(25));
		assertThat(notificationsOf(this.manager, agreement)).hasSize(2);
	}

	@Test
	void agreementsEndingLaterOrTerminatedGetNone() {
		Agreement later = signedEndingIn(120);
		Agreement terminated = signedEndingIn(10);
		this.partnerships.as(this.partnerships.bandung(), () -> this.agreementService.terminate(terminated.getId(),
				terminated.getVersion(), this.today, "Mitra berhenti beroperasi"));

		this.job.remindAll(this.today);

		assertThat(notificationsOf(this.manager, later)).isEmpty();
		assertThat(notificationsOf(this.manager, terminated)).isEmpty();
		assertThat(mailsAbout(later)).isEmpty();
	}

	@Test
	void theScheduledRunTakesTheClusterLock() {
		this.job.run();

		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'agreement-reminders'",
				Integer.class))
			.isEqualTo(1);
	}

	List<Integer> leadsSent(Agreement agreement) {
		return TenantContext
			.callAs(this.partnerships.bandung(),
					() -> this.reminderRepository.findByAgreementIdOrderByLeadDaysDesc(agreement.getId()))
			.stream()
			.map(AgreementReminder::getLeadDays)
			.toList();
	}

	AgreementReminders newJob() {
		return new AgreementReminders(this.institutions, this.settings, this.agreementRepository,
				this.reminderRepository, this.users, this.notifications, this.mailer, this.messages,
				this.transactionManager, this.clock, "http://localhost:8080");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
