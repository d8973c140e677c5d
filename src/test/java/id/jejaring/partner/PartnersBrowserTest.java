package id.jejaring.partner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff find a partner by a contact person's name, open it and see the contact's
 * one-click WhatsApp link.
 */
@BrowserTest
class PartnersBrowserTest {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Test
	void staffFindAPartnerByAContactsNameAndSeeTheWhatsAppLink(BrowserSession browser) {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		Partner partner = mother.partner(mother.bandung());
		String contact = PartnerMother.unique("Ibu Neneng");
		mother.contact(partner, contact, "0812-2233-4455");

		Page page = browser.signIn("staf.bandung");
		page.getByTestId("nav-partners").click();
		page.waitForURL((url) -> url.endsWith("/partners"));
		page.getByTestId("partner-search").fill(contact.toLowerCase());
		page.getByTestId("partner-search-submit").click();
		page.waitForURL((url) -> url.contains("q="));
		Locator rows = page.getByTestId("partner-row");
		assertThat(rows).hasCount(1);
		rows.getByTestId("partner-name").click();

		page.waitForURL((url) -> url.matches(".*/partners/[0-9a-f-]{36}$"));
		assertThat(page.getByTestId("partner-title")).hasText(partner.getName());
		Locator contactRow = page.getByTestId("contact");
		assertThat(contactRow.getByTestId("contact-name")).hasText(contact);
		assertThat(contactRow.getByTestId("contact-whatsapp")).hasAttribute("href", "https://wa.me/6281222334455");
		browser.screenshot("partner-detail");
	}

}
