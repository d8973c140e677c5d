package id.jejaring.partner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner map loads from the list without a CSP violation or script error although
 * the tiles cannot load (no internet on the test machine); Leaflet draws the markers and
 * the marker table lists a demo partner with a link to its page.
 */
@BrowserTest
class MapBrowserTest {

	@Test
	void theMapWorksWithoutTiles(BrowserSession browser) {
		Page page = browser.signIn("staf.bandung");
		page.navigate(browser.url("/partners"));
		page.getByTestId("partner-map-link").click();
		page.waitForURL((url) -> url.endsWith("/partners/map"));

		Locator map = page.getByTestId("partner-map");
		assertThat(map).hasClass(java.util.regex.Pattern.compile(".*leaflet-container.*"));
		assertThat(page.locator(".leaflet-marker-icon").first()).isVisible();
		Locator demo = page.getByTestId("marker-row")
			.filter(new Locator.FilterOptions().setHasText("Dinas Tenaga Kerja Kabupaten Bandung"));
		assertThat(demo).hasCount(1);
		assertThat(demo.getByTestId("marker-name")).hasAttribute("href",
				java.util.regex.Pattern.compile("/partners/[0-9a-f-]{36}$"));
		browser.screenshot("partner-map");

		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();

		page.navigate(browser.url("/partners/gaps"));
		assertThat(page.getByTestId("category-gaps")).isVisible();
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
	}

}
