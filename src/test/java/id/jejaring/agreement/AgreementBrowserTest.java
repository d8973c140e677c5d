package id.jejaring.agreement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6 end to end in the browser: at the signing stage the manager drafts an MoU from
 * the clause library, downloads its PDF, marks it ready (it takes its letter number),
 * uploads the signed scan, records both signatures and marks it signed; the partnership
 * may then pass its signing gate.
 */
@BrowserTest
class AgreementBrowserTest {

	@Autowired
	PartnershipMother partnerships;

	@Test
	void draftFromTheLibraryToSignedAndThroughTheSigningGate(BrowserSession browser) throws Exception {
		Partnership partnership = this.partnerships.atStage(this.partnerships.bandung(), Stage.SIGNING);
		Page page = browser.signIn("pengelola.bandung");
		String partnershipPath = "/partnerships/" + partnership.getId();
		browser.open(partnershipPath);
		assertThat(page.getByTestId("current-stage")).containsText("Penandatanganan");
		assertThat(page.getByTestId("gate-missing")).isVisible();

		// Draft the MoU from the partnership's agreements section; the articles come from
		// the library.
		page.getByTestId("partnership-agreements").getByTestId("new-mou").click();
		page.waitForURL((url) -> url.contains("/agreements/new"));
		assertThat(page.getByTestId("clauses")).containsText("Pembiayaan");
		page.getByTestId("signatory-1").fill("Ir. Bambang Wijaya");
		page.getByTestId("position-1").fill("Direktur Utama");
		LocalDate today = LocalDate.now(Agreements.WIB);
		page.locator("#effectiveFrom").fill(today.toString());
		page.locator("#effectiveUntil").fill(today.plusYears(1).minusDays(1).toString());
		browser.screenshot("agreement-1-form");
		page.getByTestId("save-agreement").click();
		page.waitForURL((url) -> url.matches(".*/agreements/[0-9a-f-]{36}$"));
		assertThat(page.getByTestId("agreement-status").first()).hasText("Draf");

		// The PDF of the draft.
		Download download = page.waitForDownload(() -> page.getByTestId("document-pdf").click());
		Path pdf = download.path();
		assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

		// Ready to sign: the letter number is given.
		page.getByTestId("mark-ready").click();
		assertThat(page.getByTestId("agreement-status").first()).hasText("Siap ditandatangani");
		assertThat(page.getByTestId("letter-number")).containsText("/MoU/");

		// The signed scan, both signatures, then the manager marks it signed.
		page.locator("#scan-file")
			.setInputFiles(new FilePayload("mou-bertanda-tangan.pdf", "application/pdf", AgreementMother.PDF));
		page.getByTestId("upload-scan").click();
		assertThat(page.getByTestId("scan")).hasCount(1);
		page.getByTestId("signed-on-0").fill(today.toString());
		page.getByTestId("signed-on-1").fill(today.toString());
		page.getByTestId("save-signatures").click();
		assertThat(page.getByTestId("missing-signed")).not().isVisible();
		browser.screenshot("agreement-2-signing");
		page.getByTestId("mark-signed").click();
		assertThat(page.getByTestId("agreement-status").first()).hasText("Berlaku");

		// The partnership may now pass its signing gate.
		browser.open(partnershipPath);
		assertThat(page.getByTestId("gate-open")).isVisible();
		assertThat(page.getByTestId("partnership-agreements")).containsText("Berlaku");
		page.getByTestId("move-forward").click();
		assertThat(page.getByTestId("current-stage")).containsText("Pelaksanaan");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
	}

}
