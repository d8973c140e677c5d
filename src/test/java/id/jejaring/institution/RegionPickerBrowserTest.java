package id.jejaring.institution;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.shared.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cascading region picker in a real browser: each select re-renders the picker
 * through htmx, which must work under the Content-Security-Policy (scripts only from our
 * own origin, no inline scripts or styles).
 */
@BrowserTest
class RegionPickerBrowserTest {

	@Autowired
	InstitutionManagement institutions;

	UUID semarang;

	InstitutionProfile profileBefore;

	@BeforeEach
	void rememberTheProfile() {
		this.semarang = this.institutions.findByNpsn("K5659876").orElseThrow().getId();
		this.profileBefore = TenantContext.callAs(this.semarang, () -> this.institutions.current().profile());
	}

	/** Other tests expect LKP Cipta Karya in Kota Semarang. */
	@AfterEach
	void restoreTheProfile() {
		TenantContext.runAs(this.semarang, () -> {
			Institution now = this.institutions.current();
			if (!now.profile().equals(this.profileBefore)) {
				this.institutions.updateCurrent(now.getVersion(), this.profileBefore);
			}
		});
	}

	@Test
	void choosingProvinceRegencyAndDistrictSavesTheDistrict(BrowserSession browser) {
		Page page = browser.signIn("pengelola.semarang");
		browser.open("/institution/edit");
		Locator province = page.locator("#regionCode-province");
		Locator regency = page.locator("#regionCode-regency");
		Locator district = page.locator("#regionCode-district");
		Locator chosenCode = page.locator("#region-picker-regionCode input[name=regionCode]");
		assertThat(chosenCode).hasValue("33.74.11");

		province.selectOption(new SelectOption().setLabel("Daerah Istimewa Yogyakarta"));
		assertThat(regency.locator("option", new Locator.LocatorOptions().setHasText("Kota Yogyakarta"))).hasCount(1);
		assertThat(regency).isEnabled();
		assertThat(district).isDisabled();
		assertThat(chosenCode).hasValue("34");

		settled(page);
		regency.selectOption(new SelectOption().setLabel("Kota Yogyakarta"));
		assertThat(district.locator("option", new Locator.LocatorOptions().setHasText("Gondokusuman"))).hasCount(1);
		assertThat(district).isEnabled();
		assertThat(chosenCode).hasValue("34.71");

		settled(page);
		district.selectOption(new SelectOption().setLabel("Gondokusuman"));
		assertThat(chosenCode).hasValue("34.71.03");
		assertThat(district.locator("option:checked")).hasText("Gondokusuman");

		settled(page);
		page.getByTestId("save").click();
		page.waitForURL((url) -> url.endsWith("/institution"));
		assertThat(page.locator(".profile-dl"))
			.containsText("Gondokusuman, Kota Yogyakarta, Daerah Istimewa Yogyakarta");

		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
	}

	/**
	 * Waits until htmx has finished swapping the picker: a new select only listens for
	 * "change" once htmx has processed it, so a selection made while it settles is lost
	 * (on a loaded machine that window is wide enough for a test to hit it).
	 */
	private static void settled(Page page) {
		assertThat(page.locator(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added")).hasCount(0);
	}

}
