package id.jejaring.partnership;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff move a card forward on the board (htmx, no inline script), and the next gate's
 * refusal appears on the card with what is missing.
 */
@BrowserTest
class PipelineBrowserTest {

	@Autowired
	PipelineFixtures pipelineFixtures;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Test
	void staffMoveACardForwardAndSeeTheNextGateRefuse(BrowserSession browser) {
		PipelineFixture lkp = this.pipelineFixtures.create();
		Partner partner = lkp.partner("SMK Negeri 1 Majalaya", "EDUCATION.SCHOOL", "32.04.33", NeedAspect.STAFF);
		Need need = lkp.need(NeedAspect.STAFF, List.of("EDUCATION"));
		lkp.partnership("Pertukaran instruktur tata busana", partner, need, NeedAspect.STAFF,
				PartnershipPattern.PARALLEL, lkp.staffId);

		Page page = browser.signIn(lkp.staff, PipelineFixture.PASSWORD);
		browser.open("/partnerships/board");
		Locator mapping = page.getByTestId("column-MAPPING");
		assertThat(mapping.getByTestId("board-card")).hasCount(1);
		mapping.getByTestId("card-forward").click();

		Locator gathering = page.getByTestId("column-INFORMATION_GATHERING");
		assertThat(gathering.getByTestId("board-card")).hasCount(1);
		assertThat(page.getByTestId("board-moved")).isVisible();
		assertThat(page.getByTestId("column-MAPPING").getByTestId("board-card")).hasCount(0);

		gathering.getByTestId("card-forward").click();
		Locator refused = page.getByTestId("column-INFORMATION_GATHERING").getByTestId("card-refused");
		assertThat(refused).containsText("Catat setidaknya satu interaksi dengan mitra.");
		assertThat(page.getByTestId("column-ANALYSIS").getByTestId("board-card")).hasCount(0);
		browser.screenshot("pipeline-board");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
	}

}
