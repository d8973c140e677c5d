package id.jejaring.engagement;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Plain-text email (in Indonesian) to users. Boot creates the mail sender only when
 * {@code spring.mail.host} is set; without it nothing is sent and the in-app notification
 * is the only channel, so an installation without SMTP works unchanged. Each recipient
 * gets their own message, so no one sees the others' addresses.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${jejaring.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	/** Whether mail goes out at all (an SMTP server is configured). */
	public boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	/**
	 * Sends the message to each address that is set; returns how many were accepted by
	 * the server. A failure is logged, not thrown: a mail server that is down must not
	 * undo the work the mail is about.
	 */
	public int send(Collection<String> addresses, String subject, String text) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		int sent = 0;
		for (String address : addresses) {
			if (address == null || address.isBlank()) {
				continue;
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(address.strip());
			// names typed by users reach the subject: no line breaks in a header
			message.setSubject(subject.replaceAll("\\p{Cntrl}", " "));
			message.setText(text);
			try {
				mail.send(message);
				sent++;
			}
			catch (MailException ex) {
				log.warn("Mail to {} not sent: {}", address, ex.getMessage());
			}
		}
		return sent;
	}

}
