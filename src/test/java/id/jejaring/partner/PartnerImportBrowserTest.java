package id.jejaring.partner;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager imports a small CSV with one bad row: the preview names the row's problem in
 * Indonesian and nothing is recorded; the manager uploads the corrected file from the
 * preview, confirms, and the list shows the new partners.
 */
@BrowserTest
class PartnerImportBrowserTest {

	@Test
	void aManagerFixesTheBadRowOfAnImportAndImports(BrowserSession browser) {
		String batch = UUID.randomUUID().toString().substring(0, 8);
		String goodPhone = randomMobile();
		String fixedPhone = randomMobile();
		// Only some of the template's Indonesian columns: the reader matches them by
		// title.
		String header = "Nama,Kategori,Kode wilayah,Telepon,Kontak: nama\n";
		String first = "Bengkel Impor " + batch + ",BUSINESS.SMALL,32.04.29," + goodPhone + ",Pak Ujang\n";
		String third = "Koperasi Impor " + batch + ",FINANCE.COOPERATIVE,32.04.33,,\n";
		byte[] bad = (header + first + "Salon Impor " + batch + ",BUSINESS.SMALL,32.04.29,0812-12AB,Ibu Rina\n" + third)
			.getBytes(StandardCharsets.UTF_8);
		byte[] fixed = (header + first + "Salon Impor " + batch + ",BUSINESS.SMALL,32.04.29," + fixedPhone
				+ ",Ibu Rina\n" + third)
			.getBytes(StandardCharsets.UTF_8);

		Page page = browser.signIn("pengelola.bandung");
		page.getByTestId("nav-partners").click();
		page.waitForURL((url) -> url.endsWith("/partners"));
		page.getByTestId("import-partners").click();
		page.waitForURL((url) -> url.endsWith("/partners/import"));
		page.getByTestId("import-file").setInputFiles(new FilePayload("mitra-baru.csv", "text/csv", bad));
		page.getByTestId("import-upload").click();

		page.waitForURL((url) -> url.endsWith("/partners/import/preview"));
		assertThat(page.getByTestId("import-summary"))
			.hasText("Berkas mitra-baru.csv: 3 baris, 2 tanpa masalah, 1 bermasalah.");
		Locator rows = page.getByTestId("import-row");
		assertThat(rows).hasCount(3);
		assertThat(rows.nth(1).getByTestId("import-problem"))
			.hasText("Nomor telepon tidak valid (Telepon: 0812-12AB).");
		assertThat(rows.nth(0).getByTestId("import-problem")).hasCount(0);
		browser.screenshot("partner-import-problem");

		// Confirming while a row has problems is refused and records nothing.
		page.getByTestId("import-confirm").click();
		assertThat(page.getByTestId("import-failure")).containsText("Masih ada baris bermasalah");

		browser.open("/partners?q=" + batch);
		assertThat(page.getByTestId("partner-row")).hasCount(0);

		// Back to the preview kept in the session, then upload the corrected file from
		// it.
		browser.open("/partners/import/preview");
		assertThat(page.getByTestId("import-summary")).containsText("1 bermasalah");
		page.getByTestId("import-reupload-file").setInputFiles(new FilePayload("mitra-baru.csv", "text/csv", fixed));
		page.getByTestId("import-reupload").click();
		assertThat(page.getByTestId("import-summary"))
			.hasText("Berkas mitra-baru.csv: 3 baris, 3 tanpa masalah, 0 bermasalah.");
		assertThat(page.getByTestId("import-problem")).hasCount(0);
		assertThat(page.getByTestId("only-valid")).hasCount(0);
		page.getByTestId("import-confirm").click();

		page.waitForURL((url) -> url.endsWith("/partners"));
		assertThat(page.getByTestId("imported-count")).hasText("3 mitra diimpor.");
		page.getByTestId("partner-search").fill(batch);
		page.getByTestId("partner-search-submit").click();
		page.waitForURL((url) -> url.contains("q="));
		Locator names = page.getByTestId("partner-row").getByTestId("partner-name");
		assertThat(names)
			.hasText(new String[] { "Bengkel Impor " + batch, "Koperasi Impor " + batch, "Salon Impor " + batch });
		browser.screenshot("partner-import-done");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
	}

	/** A mobile number no demo partner nor other test uses (duplicates are checked). */
	private static String randomMobile() {
		return "0857" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
