package id.jejaring.identity;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facilitators see the institutions assigned to them, supervisors those of their region;
 * both read an institution's profile from the list.
 */
@BrowserTest
class OversightBrowserTest {

	@Test
	void facilitatorSeesBothAssignedInstitutionsAndOpensOne(BrowserSession browser) {
		Page page = browser.signIn("pendamping");
		assertThat(browser.currentPath()).isEqualTo("/oversight");
		Locator institutions = page.getByTestId("oversight-list").locator("a");
		assertThat(institutions.filter(new Locator.FilterOptions().setHasText("LKP Terampil Mandiri"))).hasCount(1);
		assertThat(institutions.filter(new Locator.FilterOptions().setHasText("LKP Cipta Karya"))).hasCount(1);

		institutions.filter(new Locator.FilterOptions().setHasText("LKP Cipta Karya")).click();
		assertThat(page.getByTestId("institution-name")).hasText("LKP Cipta Karya");
		assertThat(page.locator(".profile-dl")).containsText("Kota Semarang, Jawa Tengah");
		assertThat(browser.currentPath()).startsWith("/oversight/institutions/");
	}

	@Test
	void supervisorOfWestJavaSeesOnlyTheBandungInstitution(BrowserSession browser) {
		Page page = browser.signIn("pengawas.jabar");
		browser.open("/oversight");
		assertThat(page.locator("main")).containsText("Jawa Barat");
		Locator institutions = page.getByTestId("oversight-list").locator("a");
		assertThat(institutions.filter(new Locator.FilterOptions().setHasText("LKP Terampil Mandiri"))).hasCount(1);
		assertThat(institutions.filter(new Locator.FilterOptions().setHasText("LKP Cipta Karya"))).hasCount(0);
		// Only institutions of West Java (the demo data has just the one).
		assertThat(institutions.allInnerTexts()).allSatisfy((text) -> assertThat(text).endsWith("Jawa Barat"));

		institutions.filter(new Locator.FilterOptions().setHasText("LKP Terampil Mandiri")).click();
		assertThat(page.getByTestId("institution-name")).hasText("LKP Terampil Mandiri");
		assertThat(page.locator(".profile-dl")).containsText("Kabupaten Bandung, Jawa Barat");
	}

}
