package id.jejaring.needs;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff record a requirement with a shortfall, confirm it as a need, find it on the board
 * under its aspect; the manager then moves it up.
 */
@BrowserTest
class NeedsBrowserTest {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Programs programs;

	@Autowired
	Requirements requirements;

	@Autowired
	Needs needs;

	@Test
	void staffTurnsAShortfallIntoANeedAndTheManagerMovesItUp(BrowserSession browser) {
		NeedMother mother = new NeedMother(this.institutions, this.programs, this.requirements, this.needs);
		UUID bandung = mother.bandung();
		Program program = mother.program(bandung);
		Need earlier = mother.need(bandung, program, NeedAspect.FACILITIES);
		String what = "Mesin obras industri " + UUID.randomUUID().toString().substring(0, 8);

		Page page = browser.signIn("staf.bandung");
		browser.open("/programs/" + program.getId() + "/requirements");
		Locator add = page.getByTestId("add-requirement");
		add.locator("[name=component]").selectOption("EQUIPMENT");
		add.locator("[name=requiredQuantity]").fill("10");
		add.locator("[name=requiredDescription]").fill(what);
		add.locator("[name=availableQuantity]").fill("4");
		page.getByTestId("add-requirement-save").click();

		Locator row = page.getByTestId("requirements-table")
			.locator("tr", new Locator.LocatorOptions().setHasText(what));
		assertThat(row.getByTestId("gap")).hasText("kurang 6");
		row.getByTestId("make-need").click();

		page.waitForURL((url) -> url.contains("/needs/new"));
		assertThat(page.getByTestId("from-gap")).containsText("Peralatan");
		assertThat(page.locator("#title")).hasValue(what);
		assertThat(page.locator("#quantity")).hasValue("6");
		assertThat(page.locator("#aspect")).hasValue("FACILITIES");
		page.locator("#partnerCategories").selectOption(new String[] { "BUSINESS.CSR", "FINANCE.COOPERATIVE" });
		page.getByTestId("save").click();
		page.waitForURL((url) -> url.matches(".*/needs/[0-9a-f-]{36}$"));
		assertThat(page.getByTestId("need-title")).hasText(what);
		assertThat(page.getByTestId("need-aspect")).hasText("Sarana dan prasarana");

		browser.open("/needs?programId=" + program.getId());
		page.getByTestId("aspect-FACILITIES").click();
		page.waitForURL((url) -> url.contains("aspect=FACILITIES"));
		Locator rows = page.getByTestId("need-row");
		assertThat(rows).hasCount(2);
		assertThat(rows.nth(0).getByTestId("need-title")).hasText(earlier.getTitle());
		assertThat(rows.nth(1).getByTestId("need-title")).hasText(what);
		assertThat(rows.nth(1).getByTestId("need-aspect")).hasText("Sarana dan prasarana");
		assertThat(page.getByTestId("move-up")).hasCount(0);

		browser.signOut();
		browser.signIn("pengelola.bandung");
		browser.open("/needs?aspect=FACILITIES&programId=" + program.getId());
		page.getByTestId("need-row").nth(1).getByTestId("move-up").click();
		assertThat(page.getByTestId("need-row").nth(0).getByTestId("need-title")).hasText(what);
		assertThat(page.getByTestId("need-row").nth(1).getByTestId("need-title")).hasText(earlier.getTitle());
		assertThat(page.getByTestId("need-row").nth(0).getByTestId("need-position")).hasText("1");
		browser.screenshot("needs-board");
	}

}
