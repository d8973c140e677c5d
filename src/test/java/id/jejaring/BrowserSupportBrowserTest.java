package id.jejaring;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser plumbing itself: the pages carry a Content-Security-Policy that blocks
 * inline scripts, and {@link BrowserSession} notices when it does (which is what lets
 * every browser test fail on a violation).
 */
@BrowserTest
class BrowserSupportBrowserTest {

	@Test
	void noticesContentSecurityPolicyViolations(BrowserSession browser) {
		Page page = browser.open("/login");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

		page.evaluate("""
				() => {
					const script = document.createElement('script');
					script.textContent = 'window.inlineScriptRan = true;';
					document.head.appendChild(script);
				}""");
		page.waitForCondition(() -> !browser.contentSecurityPolicyViolations().isEmpty());

		assertThat(page.evaluate("window.inlineScriptRan === true")).isEqualTo(false);
		assertThat(browser.contentSecurityPolicyViolations()).first().asString().contains("inline script");
		browser.clearConsole();
	}

	@Test
	void loadsHtmxAndBootstrapFromOurOwnOrigin(BrowserSession browser) {
		Page page = browser.open("/login");
		page.waitForFunction("() => window.htmx !== undefined && window.bootstrap !== undefined");
		assertThat(page.evaluate("htmx.version")).asString().startsWith("2.");
	}

}
