package id.jejaring.identity;

import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database (Spring Session JDBC): sign-in gets a fresh session id
 * (no session fixation), and deactivating a user or resetting their password ends their
 * sessions at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JejaringUserDetailsService userDetails;

	@Autowired
	UserManagement users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	SignedIn signedIn;

	UserAccountMother mother;

	@BeforeEach
	void setUp() {
		this.signedIn = new SignedIn(this.userDetails);
		this.mother = new UserAccountMother(this.users, this.institutions, this.accounts);
	}

	@Test
	void signInIssuesANewSessionId() throws Exception {
		UserAccount staff = this.mother.staffOf(this.mother.bandung());
		Browser browser = new Browser(this.mvc);
		assertThat(browser.perform(get("/institution")).getResponse().getRedirectedUrl()).endsWith("/login");
		String before = browser.session();
		assertThat(before).as("the saved request opened a session before sign-in").isNotNull();

		assertThat(browser.signIn(staff.getUsername(), UserAccountMother.PASSWORD).getResponse().getRedirectedUrl())
			.as("back to the page asked for")
			.contains("/institution");
		String after = browser.session();
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(browser.perform(get("/institution")).getResponse().getStatus()).isEqualTo(200);

		Browser fixated = new Browser(this.mvc);
		fixated.useSession(before);
		assertThat(fixated.perform(get("/institution")).getResponse().getRedirectedUrl())
			.as("the pre-sign-in session id is not signed in")
			.endsWith("/login");
	}

	@Test
	void deactivatingAUserEndsTheirSessions() throws Exception {
		UserAccount staff = this.mother.staffOf(this.mother.bandung());
		Browser browser = new Browser(this.mvc);
		browser.signIn(staff.getUsername(), UserAccountMother.PASSWORD);
		assertThat(browser.perform(get("/institution")).getResponse().getStatus()).isEqualTo(200);
		assertThat(storedSessionsOf(staff)).isEqualTo(1);

		this.mvc
			.perform(post("/users/{id}/deactivate", staff.getId()).with(csrf())
				.with(this.signedIn.as("pengelola.bandung")))
			.andExpect(status().is3xxRedirection());

		assertThat(storedSessionsOf(staff)).isZero();
		assertThat(browser.perform(get("/institution")).getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(new Browser(this.mvc).signIn(staff.getUsername(), UserAccountMother.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?disabled");
	}

	@Test
	void resettingAPasswordEndsTheUsersSessions() throws Exception {
		UserAccount staff = this.mother.staffOf(this.mother.bandung());
		Browser browser = new Browser(this.mvc);
		browser.signIn(staff.getUsername(), UserAccountMother.PASSWORD);
		assertThat(browser.perform(get("/institution")).getResponse().getStatus()).isEqualTo(200);

		this.mvc
			.perform(post("/users/{id}/reset-password", staff.getId()).with(csrf())
				.with(this.signedIn.as("pengelola.bandung")))
			.andExpect(status().is3xxRedirection());

		assertThat(storedSessionsOf(staff)).isZero();
		assertThat(browser.perform(get("/institution")).getResponse().getRedirectedUrl()).endsWith("/login");
	}

	private int storedSessionsOf(UserAccount account) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				account.getUsername());
	}

}
