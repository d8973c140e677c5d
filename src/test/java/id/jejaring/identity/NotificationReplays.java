package id.jejaring.identity;

import java.util.List;
import java.util.Map;

import id.jejaring.engagement.Notification;
import id.jejaring.engagement.Notifications;
import id.jejaring.shared.TenantContext;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replays for {@link TenantIsolationTest} of the notification routes (issue 6): a manager
 * of LKP Cipta Karya (Semarang) on a notification of LKP Terampil Mandiri's (Bandung)
 * manager; the answer is 404 and it stays unread.
 */
final class NotificationReplays {

	static final String OUTSIDER = "pengelola.semarang";

	private final MockMvc mvc;

	private final SignedIn signedIn;

	private final Notifications notifications;

	private final JejaringUserDetailsService userDetails;

	NotificationReplays(MockMvc mvc, SignedIn signedIn, ApplicationContext beans) {
		this.mvc = mvc;
		this.signedIn = signedIn;
		this.notifications = beans.getBean(Notifications.class);
		this.userDetails = beans.getBean(JejaringUserDetailsService.class);
	}

	private JejaringUser bandungManager() {
		return (JejaringUser) this.userDetails.loadUserByUsername("pengelola.bandung");
	}

	private Notification notification(JejaringUser recipient) {
		return TenantContext
			.callAs(recipient.institutionId(),
					() -> this.notifications.notify(List.of(recipient.id()), "Perjanjian segera berakhir", null,
							"/partnerships"))
			.get(0);
	}

	private boolean unread(JejaringUser recipient, Notification notification) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(recipient, null, recipient.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return this.notifications.mine(PageRequest.of(0, 500))
				.stream()
				.filter((n) -> n.getId().equals(notification.getId()))
				.findFirst()
				.orElseThrow()
				.isUnread();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	void addTo(Map<String, TenantIsolationTest.Replay> replays) {
		replays.put("POST /notifications/{id}/read", () -> {
			JejaringUser recipient = bandungManager();
			Notification notification = notification(recipient);
			this.mvc
				.perform(post("/notifications/{id}/read", notification.getId()).param("open", "true")
					.with(csrf())
					.with(this.signedIn.as(OUTSIDER)))
				.andExpect(status().isNotFound());
			assertThat(unread(recipient, notification)).isTrue();
		});
	}

}
