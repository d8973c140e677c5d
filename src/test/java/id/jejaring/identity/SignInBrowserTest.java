package id.jejaring.identity;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.InstitutionProfile;
import id.jejaring.shared.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in a real browser, the language switch, and a manager's profile
 * change showing up in the change history.
 */
@BrowserTest
class SignInBrowserTest {

	static final String MANAGER = "pengelola.bandung";

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	JdbcTemplate jdbc;

	UUID bandung;

	InstitutionProfile profileBefore;

	String localeBefore;

	@BeforeEach
	void rememberWhatTheTestChanges() {
		this.bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		this.profileBefore = TenantContext.callAs(this.bandung, () -> this.institutions.current().profile());
		this.localeBefore = this.jdbc.queryForObject("select preferred_locale from user_account where username = ?",
				String.class, MANAGER);
	}

	/**
	 * Other tests expect the demo profile and an Indonesian interface for this manager.
	 */
	@AfterEach
	void restore() {
		this.jdbc.update("update user_account set preferred_locale = ? where username = ?", this.localeBefore, MANAGER);
		TenantContext.runAs(this.bandung, () -> {
			Institution now = this.institutions.current();
			if (!now.profile().equals(this.profileBefore)) {
				this.institutions.updateCurrent(now.getVersion(), this.profileBefore);
			}
		});
	}

	@Test
	void managerSignsInSwitchesToEnglishEditsTheProfileSeesTheHistoryAndSignsOut(BrowserSession browser) {
		Page page = browser.signIn(MANAGER);
		assertThat(browser.currentPath()).isEqualTo("/");
		assertThat(page.getByTestId("institution-name")).hasText("LKP Terampil Mandiri");
		assertThat(page.locator("nav")).containsText("Profil lembaga");

		page.getByTestId("lang-en").click();
		assertThat(page.locator("nav")).containsText("Dashboard");
		assertThat(page.locator("nav")).containsText("Institution profile");
		assertThat(page.getByTestId("sign-out")).hasText("Sign out");
		assertThat(page.locator("html")).hasAttribute("lang", "en");

		page.locator("nav").getByText("Institution profile").click();
		assertThat(page.getByTestId("institution-name")).hasText("LKP Terampil Mandiri");
		page.getByTestId("edit-profile").click();
		assertThat(page.locator("h1")).hasText("Edit institution profile");
		String oldVision = this.profileBefore.vision();
		String newVision = "Menjadi LKP rujukan kemitraan di Jawa Barat (" + UUID.randomUUID() + ")";
		page.locator("#vision").fill(newVision);
		page.getByTestId("save").click();

		page.waitForURL((url) -> url.endsWith("/institution"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Institution profile saved.");
		assertThat(page.locator(".profile-dl")).containsText(newVision);

		page.getByText("Change history").click();
		page.waitForURL((url) -> url.endsWith("/institution/history"));
		Locator newest = page.getByTestId("history").locator("li").first();
		assertThat(newest).containsText("by " + MANAGER);
		Locator visionRow = newest.locator("tr", new Locator.LocatorOptions().setHasText("Vision"));
		assertThat(visionRow.locator(".history-old")).hasText(oldVision);
		assertThat(visionRow.locator(".history-new")).hasText(newVision);

		browser.signOut();
		assertThat(browser.currentPath()).isEqualTo("/login?logout");
		assertThat(page.locator("#username")).isVisible();
		browser.open("/institution");
		assertThat(browser.currentPath()).isEqualTo("/login");
	}

	@Test
	void dashboardIsUsableOnAPhone(BrowserSession browser) {
		Page page = browser.page();
		page.setViewportSize(390, 844);
		browser.signIn(MANAGER);
		assertThat(page.getByTestId("institution-name")).hasText("LKP Terampil Mandiri");
		browser.screenshot("dashboard-phone");

		int pageWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertThat(pageWidth).as("no sideways scrolling").isLessThanOrEqualTo(390);
		assertThat(page.getByTestId("sign-out")).isHidden();
		page.locator(".navbar-toggler").click();
		assertThat(page.locator("#mainNav")).hasClass(Pattern.compile("\\bshow\\b"));
		assertThat(page.getByTestId("sign-out")).isVisible();
		assertThat(page.getByTestId("lang-en")).isVisible();
	}

	@Test
	void wrongPasswordShowsAnIndonesianErrorAndStartsNoSession(BrowserSession browser) {
		// Not an account other browser tests sign in with: failures count towards a lock.
		Page page = browser.submitSignIn("staf.semarang", "bukan-kata-sandinya");

		assertThat(page.getByTestId("login-error")).hasText("Nama pengguna atau kata sandi salah.");
		assertThat(browser.currentPath()).isEqualTo("/login?error");

		browser.open("/");
		assertThat(browser.currentPath()).isEqualTo("/login");
		assertThat(page.locator("#password")).isVisible();
	}

}
