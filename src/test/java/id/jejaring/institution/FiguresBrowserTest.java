package id.jejaring.institution;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff add a program, record a year's figures with a row for it, and see the charts of
 * the last five years drawn by Chart.js under the Content-Security-Policy (the browser
 * support fails the test on any CSP violation or script error).
 */
@BrowserTest
class FiguresBrowserTest {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	FiguresManagement figures;

	@Test
	void staffAddAProgramRecordAYearAndSeeTheCharts(BrowserSession browser) {
		UUID bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		String name = "Sablon Kaos " + UUID.randomUUID().toString().substring(0, 6);
		Page page = browser.signIn("staf.bandung");

		page.locator("nav").getByText("Program", new Locator.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Program kursus dan pelatihan");
		assertThat(page.getByTestId("programs")).containsText("Menjahit Busana");
		page.getByTestId("new-program").click();
		page.locator("#name").fill(name);
		page.locator("#skillField").fill("Kriya sablon");
		page.locator("#type").selectOption("PKW");
		page.locator("#durationHours").fill("0");
		page.locator("#capacityPerBatch").fill("15");
		page.locator("#batchesPerYear").fill("2");
		page.locator("#nextBatchStartsOn").fill("2027-02-15");
		page.getByTestId("save").click();
		assertThat(page.locator("#durationHours + .invalid-feedback"))
			.hasText("Isi dengan bilangan bulat lebih dari 0, misalnya 120.");
		page.locator("#durationHours").fill("90");
		page.getByTestId("save").click();
		assertThat(page.getByTestId("program-name")).hasText(name);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Program tersimpan.");

		int year = FiguresMother.freeYear(this.figures, bandung);
		page.locator("nav").getByText("Capaian tahunan").click();
		page.getByTestId("new-figures").click();
		page.locator("#year").fill(String.valueOf(year));
		fill(page, "#", "60", "50", "40", "30", "10", "2");
		Locator row = page.getByTestId("program-rows").locator("tr", new Locator.LocatorOptions().setHasText(name));
		String[] values = { "15", "12", "10", "6", "4", "1" };
		String[] fields = { "enrolled", "graduates", "certified", "placed", "startedBusiness", "jobOrders" };
		for (int i = 0; i < fields.length; i++) {
			row.locator("input[name$='." + fields[i] + "']").fill(values[i]);
		}
		page.getByTestId("save").click();
		assertThat(page.getByTestId("figures-year")).hasText("Capaian tahun " + year);
		assertThat(page.getByTestId("program-figures")).containsText(name);

		page.locator("nav").getByText("Capaian tahunan").click();
		assertThat(page.getByTestId("figures-table")).containsText(String.valueOf(year));
		Locator enrolledChart = page.getByTestId("chart-enrolled");
		assertThat(enrolledChart).hasAttribute("data-rendered", "true");
		assertThat(page.getByTestId("chart-rates")).hasAttribute("data-rendered", "true");
		assertThat(page.locator("canvas[data-rendered='true']").count()).isEqualTo(7);
		assertThat(enrolledChart.boundingBox().height).isGreaterThan(50);
		// The demo's 2024 dip shows as a red fall in the table.
		assertThat(page.getByTestId("figures-table").locator(".figure-fall").first()).isVisible();
		browser.screenshot("figures");
	}

	private static void fill(Page page, String prefix, String... values) {
		String[] fields = { "enrolled", "graduates", "certified", "placed", "startedBusiness", "jobOrders" };
		for (int i = 0; i < fields.length; i++) {
			page.locator(prefix + fields[i]).fill(values[i]);
		}
	}

}
