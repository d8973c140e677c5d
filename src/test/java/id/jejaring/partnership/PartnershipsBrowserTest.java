package id.jejaring.partnership;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager records a partnership choosing a partner through the search and a need,
 * moves it forward through the open gate, is refused at the next one with what is
 * missing, moves it back with a reason and sees the move in the timeline.
 */
@BrowserTest
class PartnershipsBrowserTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Test
	void theManagerRecordsAPartnershipAndWalksItThroughTheGates(BrowserSession browser) {
		PartnershipMother mother = this.partnershipMother;
		Partner partner = mother.partner(mother.bandung());
		Need need = mother.need(mother.bandung());
		String title = PartnerMother.unique("Magang operator jahit");

		Page page = browser.signIn("pengelola.bandung");
		page.getByTestId("nav-partnerships").click();
		page.waitForURL((url) -> url.endsWith("/partnerships"));
		page.getByTestId("new-partnership").click();
		page.waitForURL((url) -> url.endsWith("/partnerships/new"));

		page.locator("#title").fill(title);
		page.getByTestId("party-search").fill(partner.getName());
		Locator result = page.getByTestId("party-result")
			.filter(new Locator.FilterOptions().setHasText(partner.getName()));
		result.click();
		Locator row = page.getByTestId("party-row");
		assertThat(row).hasCount(1);
		assertThat(row.getByTestId("party-name")).hasText(partner.getName());
		row.getByTestId("party-role").fill("Penyedia tempat magang");
		page.locator("#need-" + need.getId()).check();
		page.locator("input[name=aspects][value=USE_OF_OUTPUTS]").check();
		page.locator("input[name=pattern][value=NURTURING]").check();
		browser.screenshot("partnership-form");
		page.getByTestId("save-partnership").click();

		page.waitForURL((url) -> url.matches(".*/partnerships/[0-9a-f-]{36}$"));
		assertThat(page.getByTestId("partnership-heading")).hasText(title);
		assertThat(page.getByTestId("current-stage")).containsText("Pemetaan");
		assertThat(page.getByTestId("parties")).containsText(partner.getName());
		assertThat(page.getByTestId("needs")).containsText(need.getTitle());

		page.getByTestId("move-forward").click();
		assertThat(page.getByTestId("current-stage")).containsText("Penggalian informasi");
		page.getByTestId("move-forward").click();
		assertThat(page.getByTestId("move-refused")).containsText("Catat setidaknya satu interaksi dengan mitra.");
		assertThat(page.getByTestId("current-stage")).containsText("Penggalian informasi");

		page.getByTestId("move-back").locator("summary").click();
		page.getByTestId("back-target").selectOption("MAPPING");
		page.getByTestId("back-reason").fill("Kebutuhan yang ditautkan perlu diperiksa lagi");
		page.getByTestId("move-back-submit").click();
		assertThat(page.getByTestId("current-stage")).containsText("Pemetaan");
		assertThat(page.getByTestId("history-reason")).containsText("Kebutuhan yang ditautkan perlu diperiksa lagi");
		assertThat(page.getByTestId("history-item")).hasCount(3);
		browser.screenshot("partnership-detail");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
	}

}
