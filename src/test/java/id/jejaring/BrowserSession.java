package id.jejaring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;

/**
 * One test's browser tab on the running application, with the steps most browser tests
 * share (sign in, open a path, take a screenshot) and what the page logged to its
 * console.
 */
public final class BrowserSession {

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "jejaring-demo";

	private final Page page;

	private final String baseUrl;

	private final List<String> console = Collections.synchronizedList(new ArrayList<>());

	private final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());

	BrowserSession(Page page, String baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
		page.onConsoleMessage((message) -> this.console.add(message.type() + ": " + message.text()));
		page.onPageError((error) -> this.pageErrors.add(error));
	}

	public Page page() {
		return this.page;
	}

	/** The application's address, e.g. {@code http://localhost:41234}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	/** Opens a path of the application, e.g. {@code /institution}. */
	public Page open(String path) {
		this.page.navigate(url(path));
		return this.page;
	}

	/** The path (and query) of the page now shown. */
	public String currentPath() {
		String url = this.page.url();
		return url.startsWith(this.baseUrl) ? url.substring(this.baseUrl.length()) : url;
	}

	/** Signs in with a demo account and waits until the first page after the login. */
	public Page signIn(String username) {
		return signIn(username, DEMO_PASSWORD);
	}

	public Page signIn(String username, String password) {
		submitSignIn(username, password);
		this.page.waitForURL((url) -> !url.contains("/login"));
		return this.page;
	}

	/** Fills in and submits the login form, expecting nothing (for failed sign-ins). */
	public Page submitSignIn(String username, String password) {
		open("/login");
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password);
		this.page.locator("form[action$='/login'] button[type=submit]").click();
		this.page.waitForLoadState();
		return this.page;
	}

	public void signOut() {
		this.page.getByTestId("sign-out").click();
		this.page.waitForURL((url) -> url.contains("/login"));
	}

	/** A full-page PNG under {@code target/screenshots/}. */
	public Path screenshot(String name) {
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Everything the pages logged to the console, as "type: text". */
	public List<String> consoleMessages() {
		synchronized (this.console) {
			return List.copyOf(this.console);
		}
	}

	/** Console messages reporting that the Content-Security-Policy blocked something. */
	public List<String> contentSecurityPolicyViolations() {
		return consoleMessages().stream().filter(BrowserSession::isCspViolation).toList();
	}

	/** Uncaught script errors. */
	public List<String> pageErrors() {
		synchronized (this.pageErrors) {
			return List.copyOf(this.pageErrors);
		}
	}

	/**
	 * Forgets what the pages logged so far (after a test checked an expected problem).
	 */
	public void clearConsole() {
		this.console.clear();
		this.pageErrors.clear();
	}

	static boolean isCspViolation(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		return lower.contains("content security policy") || lower.contains("content-security-policy");
	}

}
