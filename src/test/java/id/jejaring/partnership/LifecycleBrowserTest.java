package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedDetails;
import id.jejaring.needs.Needs;
import id.jejaring.needs.RegionScope;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerDetails;
import id.jejaring.partner.PartnerKind;
import id.jejaring.partner.PartnerMother;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.partner.Partners;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle of issue 5 end to end in the browser: from an open need the manager picks
 * a recommended partner, which starts a partnership at mapping; logs an interaction,
 * records the analysis and moves through the gates to exploration; an attempt to jump
 * ahead to signing is refused with everything missing on the way, and nothing moves.
 */
@BrowserTest
class LifecycleBrowserTest {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	Programs programs;

	@Autowired
	Needs needs;

	@Test
	void fromAnOpenNeedThroughTheGatesToExplorationAndNoJumpToSigning(BrowserSession browser) {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		// An aspect and a category other tests rarely use, in the institution's own
		// regency (Kabupaten Bandung), so the partner ranks high: aspect, category and
		// regency.
		Partner partner = mother.partner(mother.bandung(),
				new PartnerDetails(PartnerKind.ORGANISATION, PartnerMother.unique("Asosiasi Penjahit Soreang"),
						"COMMUNITY.PROFESSIONAL_ASSOCIATION", null, null, null, "32.04.37", null, null, null, null,
						null, null, null, null,
						List.of(new PartnerDetails.Offering(NeedAspect.JOINT_PROGRAM, "Pelatihan bersama")), false,
						null, null, PartnerStatus.ACTIVE, List.of(), null));
		Need need = mother.as(mother.bandung(), () -> {
			var program = this.programs.create(ProgramMother.sewing());
			return this.needs.create(null, new NeedDetails(program.getId(), null, NeedAspect.JOINT_PROGRAM,
					PartnerMother.unique("Program bersama tata busana"), null, 1L, null, LocalDate.now().plusDays(30),
					null, RegionScope.SAME_REGENCY, null, null, List.of("COMMUNITY.PROFESSIONAL_ASSOCIATION")));
		});

		Page page = browser.signIn("pengelola.bandung");

		// From the open need to its recommended partners, and one click starts.
		browser.open("/needs/" + need.getId());
		page.getByTestId("need-recommend").click();
		page.waitForURL((url) -> url.endsWith("/needs/" + need.getId() + "/partners"));
		assertThat(page.getByTestId("recommendation-title")).containsText(need.getTitle());
		Locator recommended = page.getByTestId("recommendation-row")
			.filter(new Locator.FilterOptions().setHasText(partner.getName()));
		assertThat(recommended).hasCount(1);
		assertThat(recommended).containsText("Menawarkan aspek yang dibutuhkan");
		assertThat(recommended).containsText("Satu kabupaten/kota dengan lembaga");
		browser.screenshot("lifecycle-1-recommendation");
		recommended.getByTestId("recommendation-start").click();

		page.waitForURL((url) -> url.matches(".*/partnerships/[0-9a-f-]{36}$"));
		String partnershipPath = browser.currentPath();
		assertThat(page.getByTestId("current-stage")).containsText("Pemetaan");
		assertThat(page.getByTestId("parties")).containsText(partner.getName());
		assertThat(page.getByTestId("needs")).containsText(need.getTitle());

		// Mapping → information gathering: a partner and a need are linked.
		page.getByTestId("move-forward").click();
		assertThat(page.getByTestId("current-stage")).containsText("Penggalian informasi");

		// Log an interaction from the partnership's page (the section loads by htmx).
		Locator interactions = page.getByTestId("partnership-interactions");
		assertThat(interactions.getByTestId("interactions-empty")).isVisible();
		interactions.getByTestId("log-interaction").click();
		page.waitForURL((url) -> url.contains("/interactions/new"));
		assertThat(page.locator("#partnershipId")).hasValue(partnershipPath.substring("/partnerships/".length()));
		page.locator("#kind").selectOption("MEETING");
		page.locator("#purpose").fill("Membahas program pelatihan bersama");
		page.locator("#summary").fill("Asosiasi bersedia berbagi instruktur dan tempat praktik.");
		page.locator("#outcome").fill("Sepakat menyusun usulan bersama");
		browser.screenshot("lifecycle-2-interaction-form");
		page.getByTestId("interaction-save").click();
		page.waitForURL((url) -> url.matches(".*/interactions/[0-9a-f-]{36}$"));
		assertThat(page.getByTestId("interaction-title")).hasText("Membahas program pelatihan bersama");
		page.locator("a[href='" + partnershipPath + "']").first().click();
		page.waitForURL((url) -> url.endsWith(partnershipPath));
		assertThat(page.getByTestId("partnership-interactions").getByTestId("interaction")).hasCount(1);

		// Information gathering → analysis: one interaction logged.
		page.getByTestId("move-forward").click();
		assertThat(page.getByTestId("current-stage")).containsText("Analisis");

		// Record the analysis of the partner.
		Locator analysis = page.getByTestId("partnership-analyses")
			.getByTestId("analysis-row")
			.filter(new Locator.FilterOptions().setHasText(partner.getName()));
		assertThat(analysis.getByTestId("analysis-open")).hasText("Isi analisis");
		analysis.getByTestId("analysis-open").click();
		page.waitForURL((url) -> url.contains("/analyses/"));
		page.locator("#needFit").fill("Asosiasi punya instruktur tata busana bersertifikat.");
		page.locator("#commitmentScore").selectOption("4");
		page.locator("#consistencyScore").selectOption("4");
		page.locator("#seriousnessScore").selectOption("5");
		page.locator("#capabilityScore").selectOption("4");
		page.locator("#sharedVision").selectOption("true");
		page.locator("#mutualNeed").selectOption("true");
		page.locator("#decision").selectOption("PROCEED");
		page.locator("#decisionReason").fill("Visi sama dan saling membutuhkan instruktur serta peserta.");
		browser.screenshot("lifecycle-3-analysis-form");
		page.getByTestId("analysis-save").click();
		page.waitForURL((url) -> url.endsWith(partnershipPath));
		Locator decided = page.getByTestId("partnership-analyses")
			.getByTestId("analysis-row")
			.filter(new Locator.FilterOptions().setHasText(partner.getName()));
		assertThat(decided.getByTestId("analysis-decision")).containsText("Lanjut");
		assertThat(page.getByTestId("gate-open")).isVisible();

		// Analysis → exploration: the manager's move.
		page.getByTestId("move-forward").click();
		assertThat(page.getByTestId("current-stage")).containsText("Penjajagan");

		assertThat(consoleErrors(browser)).isEmpty();

		// A jump ahead to signing is checked against every gate on the way and refused.
		page.getByTestId("move-ahead").locator("summary").click();
		Locator target = page.getByTestId("move-ahead-target");
		// Only the stages after the next one: the next one has its own button.
		assertThat(target.locator("option[value=JOINT_WORK_PLAN]")).hasCount(0);
		assertThat(target.locator("option[value=EXPLORATION]")).hasCount(0);
		target.selectOption("SIGNING");
		page.getByTestId("move-ahead-submit").click();
		Locator refused = page.getByTestId("move-refused");
		assertThat(refused).isVisible();
		Locator items = refused.locator("li");
		assertThat(items.filter(new Locator.FilterOptions().setHasText("penjajagan")).first()).isVisible();
		assertThat(items.filter(new Locator.FilterOptions().setHasText("rencana kerja")).first()).isVisible();
		assertThat(items.count()).isGreaterThanOrEqualTo(2);
		assertThat(page.getByTestId("current-stage")).containsText("Penjajagan");
		browser.screenshot("lifecycle-4-jump-refused");
		// The refusal is answered with 422, which the browser logs; nothing else is.
		assertThat(consoleErrors(browser)).singleElement().asString().contains("422");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
		browser.clearConsole();

		// Nothing moved: the page read afresh still shows exploration.
		browser.open(partnershipPath);
		assertThat(page.getByTestId("current-stage")).containsText("Penjajagan");
		assertThat(page.getByTestId("history-item")).hasCount(4);

		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
		assertThat(consoleErrors(browser)).isEmpty();
	}

	private static List<String> consoleErrors(BrowserSession browser) {
		return browser.consoleMessages().stream().filter((message) -> message.startsWith("error:")).toList();
	}

}
