package id.jejaring.identity;

import java.util.concurrent.ThreadLocalRandom;

import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Password guessing is slowed down per account: after five failures even the right
 * password is refused for a while, other accounts sign in as usual, and every failure is
 * in the security log. Each test uses throwaway accounts and its own address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	SecurityLog securityLog;

	UserAccountMother mother;

	@BeforeEach
	void setUp() {
		this.mother = new UserAccountMother(this.users, this.institutions, this.accounts);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		UserAccount target = this.mother.staffOf(this.mother.bandung());
		Browser attacker = new Browser(this.mvc, address());
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(attacker.signIn(target.getUsername(), "tebakan-" + attempt).getResponse().getRedirectedUrl())
				.as("attempt %d", attempt)
				.isEqualTo("/login?error");
		}

		Browser owner = new Browser(this.mvc, address());
		assertThat(owner.signIn(target.getUsername(), UserAccountMother.PASSWORD).getResponse().getRedirectedUrl())
			.as("the right password while locked")
			.isEqualTo("/login?locked");
		assertThat(owner.perform(get("/")).getResponse().getRedirectedUrl()).as("not signed in").endsWith("/login");
		assertThat(owner.perform(get("/login").param("locked", "")).getResponse().getContentAsString())
			.contains("Terlalu banyak percobaan masuk yang gagal");
		assertThat(this.securityLog.of(SecurityEvent.Kind.SIGN_IN_LOCKED, target.getUsername())).hasSize(1);
	}

	@Test
	void otherAccountsAreUnaffected() throws Exception {
		UserAccount locked = this.mother.staffOf(this.mother.bandung());
		UserAccount colleague = this.mother.staffOf(this.mother.bandung());
		Browser browser = new Browser(this.mvc, address());
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(locked.getUsername(), "salah-" + attempt);
		}
		assertThat(browser.signIn(colleague.getUsername(), UserAccountMother.PASSWORD).getResponse().getRedirectedUrl())
			.as("another account from the same address")
			.isEqualTo("/");
		assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void failedSignInsAreLoggedWithUsernameAndAddress() throws Exception {
		UserAccount target = this.mother.staffOf(this.mother.bandung());
		String address = address();
		new Browser(this.mvc, address).signIn(target.getUsername(), "bukan-sandinya");

		assertThat(this.securityLog.of(SecurityEvent.Kind.SIGN_IN_FAILED, target.getUsername())).singleElement()
			.satisfies((event) -> {
				assertThat(event.getUsername()).isEqualTo(target.getUsername());
				assertThat(event.getRemoteAddress()).isEqualTo(address);
				assertThat(event.getOccurredAt()).isNotNull();
			});
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		UserAccount target = this.mother.staffOf(this.mother.bandung());
		Browser browser = new Browser(this.mvc, address());
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser.signIn(target.getUsername(), "lupa-" + attempt);
		}
		assertThat(browser.signIn(target.getUsername(), UserAccountMother.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		Browser later = new Browser(this.mvc, address());
		for (int attempt = 1; attempt <= 4; attempt++) {
			later.signIn(target.getUsername(), "lupa-lagi-" + attempt);
		}
		assertThat(later.signIn(target.getUsername(), UserAccountMother.PASSWORD).getResponse().getRedirectedUrl())
			.as("four new failures after a success do not lock")
			.isEqualTo("/");
	}

	/** A private address of this test's own, so failures per address never add up. */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

}
