package id.jejaring.identity;

import java.util.UUID;
import java.util.regex.Pattern;

import id.jejaring.institution.InstitutionManagement;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A manager creates a staff account with a temporary password; the new user is kept on
 * the password page until they choose an acceptable password of their own, and a refused
 * password gets its reason beside the field, in Indonesian.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JejaringUserDetailsService userDetails;

	@Test
	void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() throws Exception {
		Browser manager = new Browser(this.mvc);
		manager.signIn("pengelola.bandung", DemoData.PASSWORD);
		String username = UserAccountMother.username("uji.baru");
		MvcResult created = manager.perform(post("/users").param("username", username)
			.param("fullName", "Pegawai Baru")
			.param("email", "")
			.param("phone", "0812-3456-7890")
			.param("role", "STAFF")
			.param("version", "0")
			.with(csrf()));
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/users");
		String temporary = (String) created.getFlashMap().get("temporaryPassword");
		assertThat(temporary).hasSize(12);
		assertThat(manager.perform(get("/users")).getResponse().getContentAsString()).contains(temporary);

		Browser staff = new Browser(this.mvc);
		staff.signIn(username, temporary);
		for (String page : new String[] { "/", "/institution", "/account" }) {
			assertThat(staff.perform(get(page)).getResponse().getRedirectedUrl()).as(page)
				.isEqualTo("/account/password");
		}
		assertThat(staff.perform(get("/account/password")).getResponse().getContentAsString())
			.contains("Anda masuk dengan kata sandi sementara");

		String chosen = "Kebun-Teh-Ciwidey-7";
		MvcResult changed = staff.perform(post("/account/password").param("currentPassword", temporary)
			.param("newPassword", chosen)
			.param("confirmPassword", chosen)
			.with(csrf()));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(staff.perform(get("/institution")).getResponse().getStatus()).as("the same session goes on")
			.isEqualTo(200);
		UUID id = accountId(username);
		assertThat(this.users.account(id).isMustChangePassword()).isFalse();
		assertThat(this.users.passwordMatches(id, chosen)).isTrue();
	}

	@Test
	void refusedPasswordsAreExplainedBesideTheField() throws Exception {
		Browser staff = new Browser(this.mvc);
		UserAccount account = newStaff();
		staff.signIn(account.getUsername(), UserAccountMother.PASSWORD);

		assertRefused(staff, "password", "password", "newPassword",
				"Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.");
		assertRefused(staff, "Ab3-xyz", "Ab3-xyz", "newPassword", "Kata sandi minimal 8 karakter.");
		assertRefused(staff, "Sawah-Hijau-2026", "Sawah-Hijau-2027", "confirmPassword",
				"Kedua kata sandi baru tidak sama.");
		assertRefused(staff, "Ada-" + account.getUsername() + "-9", "Ada-" + account.getUsername() + "-9",
				"newPassword", "Kata sandi tidak boleh memuat nama pengguna.");
		assertThat(this.users.passwordMatches(account.getId(), UserAccountMother.PASSWORD)).as("nothing changed")
			.isTrue();
	}

	@Test
	void aWrongCurrentPasswordIsRefused() throws Exception {
		Browser staff = new Browser(this.mvc);
		UserAccount account = newStaff();
		staff.signIn(account.getUsername(), UserAccountMother.PASSWORD);
		MvcResult result = staff.perform(post("/account/password").param("currentPassword", "bukan-yang-ini")
			.param("newPassword", "Sawah-Hijau-2026")
			.param("confirmPassword", "Sawah-Hijau-2026")
			.with(csrf()));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Kata sandi saat ini salah.");
		assertThat(this.users.passwordMatches(account.getId(), UserAccountMother.PASSWORD)).isTrue();
	}

	private void assertRefused(Browser browser, String newPassword, String confirmation, String field, String message)
			throws Exception {
		MvcResult result = browser
			.perform(post("/account/password").param("currentPassword", UserAccountMother.PASSWORD)
				.param("newPassword", newPassword)
				.param("confirmPassword", confirmation)
				.with(csrf()));
		assertThat(result.getResponse().getStatus()).as(newPassword).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		// the input marked invalid, directly followed by its message
		assertThat(html).as(newPassword)
			.containsPattern("<input(?=[^>]*id=\"" + field + "\")(?=[^>]*is-invalid)[^>]*>\\s*"
					+ "<div class=\"invalid-feedback\">" + Pattern.quote(message) + "</div>");
	}

	private UserAccount newStaff() {
		UserAccountMother mother = new UserAccountMother(this.users, this.institutions, this.accounts);
		return mother.staffOf(mother.bandung());
	}

	private UUID accountId(String username) {
		return ((JejaringUser) this.userDetails.loadUserByUsername(username)).id();
	}

}
