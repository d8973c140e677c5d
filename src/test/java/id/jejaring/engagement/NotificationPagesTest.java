package id.jejaring.engagement;

import java.util.List;
import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.shared.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification pages: each user sees and marks only their own, the badge counts the
 * unread ones, and another institution's notification is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService userDetails;

	JejaringUser manager;

	JejaringUser staff;

	JejaringUser semarang;

	@BeforeEach
	void setUp() {
		this.manager = load("pengelola.bandung");
		this.staff = load("staf.bandung");
		this.semarang = load("pengelola.semarang");
	}

	JejaringUser load(String username) {
		return (JejaringUser) this.userDetails.loadUserByUsername(username);
	}

	static RequestPostProcessor as(JejaringUser user) {
		return user(user);
	}

	Notification notify(JejaringUser recipient, String title, String link) {
		return TenantContext
			.callAs(recipient.institutionId(),
					() -> this.notifications.notify(List.of(recipient.id()), title, "Isi " + title, link))
			.get(0);
	}

	boolean unread(JejaringUser recipient, UUID id) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(recipient, null, recipient.getAuthorities()));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return this.notifications.mine(PageRequest.of(0, 500))
				.getContent()
				.stream()
				.filter((n) -> n.getId().equals(id))
				.findFirst()
				.orElseThrow()
				.isUnread();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void aUserSeesOnlyTheirOwnNotificationsNewestFirst() throws Exception {
		String older = "Untuk pengelola lama " + UUID.randomUUID();
		String newer = "Untuk pengelola baru " + UUID.randomUUID();
		String forStaff = "Untuk staf " + UUID.randomUUID();
		notify(this.manager, older, "/partnerships");
		notify(this.manager, newer, "/partners");
		notify(this.staff, forStaff, "/partners");

		String page = this.mvc.perform(get("/notifications").with(as(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(older, newer).doesNotContain(forStaff);
		assertThat(page).as("the navigation bar loads the unread count").contains("hx-get=\"/notifications/count\"");
		assertThat(page.indexOf(newer)).isLessThan(page.indexOf(older));
		this.mvc.perform(get("/notifications").with(as(this.staff)))
			.andExpect(content().string(containsString(forStaff)))
			.andExpect(content().string(not(containsString(newer))));
	}

	@Test
	void openingMarksReadAndGoesToTheTarget() throws Exception {
		Notification notification = notify(this.staff, "Buka " + UUID.randomUUID(), "/partnerships");

		this.mvc
			.perform(post("/notifications/{id}/read", notification.getId()).param("open", "true")
				.with(csrf())
				.with(as(this.staff)))
			.andExpect(redirectedUrl("/partnerships"));

		assertThat(unread(this.staff, notification.getId())).isFalse();
	}

	@Test
	void markingAllReadEmptiesTheBadge() throws Exception {
		notify(this.manager, "Satu " + UUID.randomUUID(), "/partners");
		Notification other = notify(this.staff, "Milik staf " + UUID.randomUUID(), "/partners");

		this.mvc.perform(get("/notifications/count").with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"unread-count\"")));

		this.mvc.perform(post("/notifications/read-all").with(csrf()).with(as(this.manager)))
			.andExpect(redirectedUrl("/notifications"));

		this.mvc.perform(get("/notifications/count").with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("unread-count"))));
		assertThat(unread(this.staff, other.getId())).as("someone else's stays unread").isTrue();
	}

	@Test
	void anotherUsersOrInstitutionsNotificationIsNotFound() throws Exception {
		Notification bandung = notify(this.manager, "Rahasia Bandung " + UUID.randomUUID(), "/partners");

		this.mvc.perform(post("/notifications/{id}/read", bandung.getId()).with(csrf()).with(as(this.semarang)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/{id}/read", bandung.getId()).with(csrf()).with(as(this.staff)))
			.andExpect(status().isNotFound());

		assertThat(unread(this.manager, bandung.getId())).isTrue();
	}

	@Test
	void aLinkOutsideTheApplicationIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> notify(this.manager, "Keluar", "https://example.com/"));
		assertThatIllegalArgumentException().isThrownBy(() -> notify(this.manager, "Keluar", "//example.com/"));
	}

}
