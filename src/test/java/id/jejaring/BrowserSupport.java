package id.jejaring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Browser plumbing for {@link BrowserTest}s: one Chromium per test class, a fresh tab
 * without cookies per test, handed to the test as a {@link BrowserSession}.
 *
 * <p>
 * Playwright cannot download its browser here, so where Debian's
 * {@code /usr/bin/chromium} exists it is used (headless, without background networking,
 * which would flood the closed network); elsewhere Playwright's own Chromium, installed
 * once with
 * {@code ./mvnw exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.microsoft.playwright.CLI -Dexec.args="install chromium"}.
 *
 * <p>
 * After each test it fails the test when a page reported a Content-Security-Policy
 * violation or an uncaught script error, and saves a screenshot of failed tests under
 * {@code target/screenshots/failures}.
 */
public final class BrowserSupport
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSupport.class);

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			BrowserType.LaunchPersistentContextOptions options = new BrowserType.LaunchPersistentContextOptions()
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS)
				.setLocale("id-ID")
				.setTimezoneId("Asia/Jakarta");
			if (Files.isExecutable(DEBIAN_CHROMIUM)) {
				options.setExecutablePath(DEBIAN_CHROMIUM);
			}
			BrowserContext browser = playwright.chromium()
				.launchPersistentContext(Files.createTempDirectory("jejaring-browser"), options);
			browser.setDefaultTimeout(15_000);
			store(context).put(Playwright.class, playwright);
			store(context).put(BrowserContext.class, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		BrowserContext browser = store(context).remove(BrowserContext.class, BrowserContext.class);
		Playwright playwright = store(context).remove(Playwright.class, Playwright.class);
		try {
			if (browser != null) {
				browser.close();
			}
		}
		finally {
			if (playwright != null) {
				playwright.close();
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		BrowserContext browser = store(context).get(BrowserContext.class, BrowserContext.class);
		browser.clearCookies();
		for (Page page : browser.pages()) {
			page.close();
		}
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		BrowserSession session = new BrowserSession(browser.newPage(), "http://localhost:" + port);
		context.getStore(NAMESPACE).put(BrowserSession.class, session);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		BrowserSession session = context.getStore(NAMESPACE).remove(BrowserSession.class, BrowserSession.class);
		if (session == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				session.screenshot("failures/" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
		}
		catch (RuntimeException ex) {
			// A screenshot is a help for the reader; the test's own failure matters more.
		}
		finally {
			session.page().close();
		}
		if (context.getExecutionException().isEmpty()) {
			List<String> violations = session.contentSecurityPolicyViolations();
			List<String> errors = session.pageErrors();
			if (!violations.isEmpty() || !errors.isEmpty()) {
				throw new AssertionError("The pages reported Content-Security-Policy violations " + violations
						+ " or script errors " + errors);
			}
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == BrowserSession.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
	}

	/** The test class's store, where the browser lives for all its tests. */
	private static ExtensionContext.Store store(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
			classContext = classContext.getParent().get();
		}
		return classContext.getStore(NAMESPACE);
	}

}
