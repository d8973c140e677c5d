package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.jejaring.BrowserSession;
import id.jejaring.BrowserTest;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 end to end in the browser, as the Bandung manager: a partnership being
 * implemented under a signed MoU gets an activity with a contribution on its plan; the
 * activity is done with verified evidence and an indicator has an actual; a monitoring
 * entry and both parties' evaluation answers are recorded; the evaluation opens the gate
 * to improvement, the decision "continue" opens the way to follow-up, and the next cycle
 * starts with the plan carried over (new target, the activity a year later).
 */
@BrowserTest
class JointWorkBrowserTest {

	private static final String IDLE = "() => document.querySelectorAll("
			+ "'.htmx-request,.htmx-swapping,.htmx-settling,.htmx-added').length === 0";

	@Autowired
	PartnershipMother partnerships;

	@Autowired
	AgreementMother agreements;

	@Autowired
	WorkPlans plans;

	@Test
	void fromPlanThroughEvaluationToTheNextCycle(BrowserSession browser) {
		UUID bandung = this.partnerships.bandung();
		Partnership partnership = this.partnerships.atStage(bandung, Stage.IMPLEMENTATION);
		UUID id = partnership.getId();
		UUID partnerId = partnership.partnerIds().get(0);
		this.agreements.signed(bandung, partnership, LocalDate.of(2026, 1, 5));
		this.partnerships.as(bandung, () -> {
			this.plans.addObjective(id, new ObjectiveDetails("Lulusan terampil menjahit terserap industri", null));
			return this.plans.addIndicator(id,
					new IndicatorDetails(IndicatorMeasure.PARTICIPANTS_TRAINED, null, null, 0, 40, null));
		});
		String base = "/partnerships/" + id;
		Page page = browser.signIn("pengelola.bandung");

		// The plan: an activity, then a contribution to it.
		browser.open(base + "/work-plan/page");
		page.locator("#activity-form > summary").click();
		page.getByTestId("activity-description").fill("Pelatihan menjahit angkatan 1");
		page.getByTestId("activity-aspect").selectOption("FACILITIES");
		page.getByTestId("activity-startsOn").fill("2026-09-01");
		page.getByTestId("activity-endsOn").fill("2026-10-31");
		page.getByTestId("activity-place").fill("Bengkel BLK Bandung");
		page.getByTestId("activity-budget").fill("12.000.000");
		page.getByTestId("activity-save").click();
		Locator activity = page.getByTestId("work-plan-activity");
		assertThat(activity).hasCount(1);
		assertThat(activity).containsText("Pelatihan menjahit angkatan 1");
		assertThat(page.getByTestId("work-plan-activity-dates")).containsText("2026");
		activity.getByTestId("add-contribution").click();
		page.getByTestId("contribution-kind").selectOption("CASH");
		page.getByTestId("contribution-description").fill("Bahan praktik");
		page.getByTestId("contribution-value").fill("1.500.000");
		page.getByTestId("contribution-save").click();
		assertThat(page.getByTestId("work-plan-contribution")).hasCount(1);
		assertThat(page.getByTestId("work-plan-contribution")).containsText("Bahan praktik");
		assertThat(page.getByTestId("work-plan-contribution")).containsText("1.500.000");
		browser.screenshot("joint-work-1-plan");

		// Implementation: done with its actual dates, evidence uploaded and verified, an
		// indicator actual.
		page.getByTestId("work-plan-implementation").click();
		page.waitForURL((url) -> url.endsWith("/implementation"));
		Locator implemented = page.getByTestId("implementation-activity");
		assertThat(implemented).hasCount(1);
		implemented.locator("details > summary").click();
		implemented.getByTestId("status-status").selectOption("DONE");
		implemented.getByTestId("status-progress").fill("100");
		implemented.getByTestId("status-actualStart").fill("2026-09-02");
		implemented.getByTestId("status-actualEnd").fill("2026-10-30");
		implemented.getByTestId("status-save").click();
		assertThat(page.getByTestId("implementation-saved")).isVisible();
		assertThat(implemented.getByTestId("activity-status")).hasText("Selesai");
		assertThat(implemented.getByTestId("activity-progress")).hasText("Kemajuan 100%");
		assertThat(implemented.getByTestId("activity-actual-dates")).containsText("2 September 2026");
		assertThat(implemented.getByTestId("flag-missing-evidence")).isVisible();

		implemented.locator("details > summary").click();
		implemented.getByTestId("evidence-file")
			.setInputFiles(new FilePayload("daftar-hadir.pdf", "application/pdf", AgreementMother.PDF));
		implemented.getByTestId("evidence-caption").fill("Daftar hadir peserta");
		implemented.getByTestId("evidence-upload").click();
		assertThat(page.getByTestId("evidence-saved")).isVisible();
		assertThat(implemented.getByTestId("evidence")).hasCount(1);
		assertThat(implemented.getByTestId("evidence")).containsText("Daftar hadir peserta");
		assertThat(implemented.getByTestId("evidence-status")).hasText("Menunggu verifikasi");
		assertThat(implemented.getByTestId("flag-missing-evidence")).hasCount(0);
		implemented.getByTestId("evidence-verify").click();
		assertThat(page.getByTestId("evidence-verified")).isVisible();
		assertThat(implemented.getByTestId("evidence-status")).hasText("Terverifikasi");

		Locator indicator = page.getByTestId("implementation-indicator");
		indicator.getByTestId("actual-period").fill("2026-10");
		indicator.getByTestId("actual-value").fill("25");
		indicator.getByTestId("actual-note").fill("Angkatan 1 lulus");
		indicator.getByTestId("actual-save").click();
		assertThat(indicator.getByTestId("indicator-actual")).hasCount(1);
		assertThat(indicator.getByTestId("indicator-actual")).containsText("Angkatan 1 lulus");
		assertThat(indicator.getByTestId("indicator-target-actual")).containsText("25");
		browser.screenshot("joint-work-2-implementation");

		// A monitoring entry.
		browser.open(base + "/monitoring/new");
		assertThat(page.getByTestId("monitoring-form-heading")).hasText("Catatan monitoring baru");
		page.locator("#progress").fill("Angkatan 1 selesai, 25 peserta lulus.");
		page.locator("#problems").fill("Mesin jahit kurang dua unit.");
		page.locator("#solutions").fill("Mitra meminjamkan mesin tambahan.");
		page.getByTestId("monitoring-save").click();
		page.waitForURL((url) -> url.contains("/monitoring/page"));
		assertThat(page.getByTestId("monitoring-record")).hasCount(1);
		assertThat(page.getByTestId("monitoring-record")).containsText("25 peserta lulus");

		// The joint evaluation: the institution's answers, then the partner's on its
		// behalf.
		answerEvaluation(browser, base + "/evaluation/form?party=institution", 4, "Bengkel penuh di bulan Oktober.");
		assertThat(page.getByTestId("evaluation-on-behalf")).hasCount(0);
		assertThat(page.getByTestId("evaluation-saved")).isVisible();
		answerEvaluation(browser, base + "/evaluation/form?party=" + partnerId, 5, "Jadwal instruktur bentrok.");
		assertThat(page.getByTestId("evaluation-saved")).isVisible();
		assertThat(page.getByTestId("evaluation-party-status")).hasCount(2);
		for (int i = 0; i < 2; i++) {
			assertThat(page.getByTestId("evaluation-party-status").nth(i)).containsText("Sudah menjawab");
		}
		browser.screenshot("joint-work-3-evaluation");

		// Forward: implementation, then monitoring and evaluation, whose gate the joint
		// evaluation opens.
		openPartnership(browser, base);
		assertThat(page.getByTestId("current-stage")).containsText("Pelaksanaan");
		page.getByTestId("move-forward").click();
		settle(page);
		assertThat(page.getByTestId("current-stage")).containsText("Monitoring");
		assertThat(page.getByTestId("gate-open")).isVisible();
		page.getByTestId("move-forward").click();
		settle(page);
		assertThat(page.getByTestId("current-stage")).containsText("Perbaikan");
		assertThat(page.getByTestId("gate-missing")).isVisible();

		// The decision to continue opens the last gate.
		browser.open(base + "/follow-up/page");
		assertThat(page.getByTestId("cycle-decision-none")).isVisible();
		page.locator("details:has([data-testid=decision-form]) > summary").click();
		choose(page.getByTestId("outcome-CONTINUE"));
		page.getByTestId("decision-reason").fill("Serapan lulusan baik, lanjut dengan angkatan 2.");
		page.getByTestId("decision-save").click();
		page.waitForURL((url) -> !url.contains("/follow-up/page"));
		settle(page);
		assertThat(page.getByTestId("cycle-decision-outcome")).hasText("Dilanjutkan tahun depan");
		assertThat(page.getByTestId("gate-open")).isVisible();
		page.getByTestId("move-forward").click();
		settle(page);
		assertThat(page.getByTestId("current-stage")).containsText("Rencana tindak lanjut");

		// The next cycle: everything carried, a new target.
		browser.open(base + "/follow-up/page");
		page.getByTestId("next-cycle-start").click();
		page.waitForURL((url) -> url.endsWith("/next-cycle"));
		assertThat(page.getByTestId("next-cycle-blocked")).hasCount(0);
		assertThat(page.getByTestId("next-cycle-year")).hasValue("2027");
		assertThat(page.getByTestId("next-objective-0")).isChecked();
		assertThat(page.getByTestId("next-indicator-carry-0")).isChecked();
		assertThat(page.getByTestId("next-indicator-actual")).hasText("25");
		assertThat(page.getByTestId("next-activity")).containsText("Pelatihan menjahit angkatan 1");
		choose(page.getByTestId("next-activity-0"));
		page.getByTestId("next-indicator-target-0").fill("60");
		browser.screenshot("joint-work-4-next-cycle");
		page.getByTestId("next-cycle-submit").click();
		page.waitForURL((url) -> url.matches(".*/partnerships/[0-9a-f-]{36}$") && !url.contains(id.toString()));
		settle(page);
		assertThat(page.getByTestId("partnership-cycle")).hasText("Siklus 2, tahun 2027");
		assertThat(page.getByTestId("previous-cycle")).isVisible();
		String next = browser.currentPath();

		browser.open(next + "/work-plan/page");
		assertThat(page.getByTestId("work-plan-objective")).hasCount(1);
		assertThat(page.getByTestId("work-plan-objective")).containsText("Lulusan terampil menjahit terserap industri");
		assertThat(page.getByTestId("work-plan-indicator")).hasCount(1);
		assertThat(page.getByTestId("work-plan-indicator")).containsText("Peserta dilatih");
		assertThat(page.getByTestId("work-plan-indicator-figures")).hasText("25 → 60");
		assertThat(page.getByTestId("work-plan-activity")).hasCount(1);
		assertThat(page.getByTestId("work-plan-activity")).containsText("Pelatihan menjahit angkatan 1");
		assertThat(page.getByTestId("work-plan-activity-dates")).hasText("1 September 2027 – 31 Oktober 2027");
		browser.screenshot("joint-work-5-new-cycle");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		assertThat(browser.pageErrors()).isEmpty();
	}

	private void answerEvaluation(BrowserSession browser, String path, int rating, String hindrance) {
		Page page = browser.open(path);
		assertThat(page.getByTestId("evaluation-item")).hasCount(2);
		// The records suggest the answers: the activity ran to plan (done, verified
		// evidence), the indicator (25 of 40) is not reached.
		for (int i = 0; i < 2; i++) {
			Locator item = page.getByTestId("evaluation-item").nth(i);
			boolean indicator = item.textContent().contains("Peserta dilatih");
			assertThat(page.getByTestId((indicator ? "judgment-no-" : "judgment-yes-") + i)).isChecked();
			page.getByTestId("judgment-note-" + i).fill(indicator ? "Baru 25 dari 40 peserta." : "Sesuai jadwal.");
		}
		page.locator("#hindrances").fill(hindrance);
		page.locator("#benefits").fill("Lulusan siap kerja di industri garmen.");
		assertThat(page.getByTestId("evaluation-rating")).hasCount(6);
		settle(page);
		for (int i = 0; i < 6; i++) {
			choose(page.getByTestId("rating-" + i + "-" + rating));
		}
		page.getByTestId("evaluation-save").click();
		page.waitForURL((url) -> url.endsWith("/evaluation"));
	}

	private void openPartnership(BrowserSession browser, String path) {
		settle(browser.open(path));
	}

	/**
	 * Checks a radio button. On a loaded machine the click that scrolls a long form can
	 * land while the page still moves ("did not change its state"); the second try lands.
	 */
	private static void choose(Locator radio) {
		for (int attempt = 1;; attempt++) {
			try {
				radio.check();
				return;
			}
			catch (com.microsoft.playwright.PlaywrightException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private static void settle(Page page) {
		page.waitForLoadState();
		page.waitForFunction(IDLE);
	}

}
