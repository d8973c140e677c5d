package id.jejaring.partnership;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pipeline board, its filters and moves, the table's sorting and the export, in an
 * institution of their own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PipelineWebTest {

	@Autowired
	PipelineFixtures pipelineFixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	PipelineFixture lkp;

	@BeforeEach
	void setUp() {
		this.lkp = this.pipelineFixtures.create();
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(SignedIn.as(this.userDetails, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theBoardShowsActivePartnershipsPerStageAndFiltersByAspectPatternCategoryAndOwner() throws Exception {
		Partner garment = this.lkp.partner("PT Garmen Majalaya", "BUSINESS.CSR", "32.04.33", NeedAspect.FACILITIES);
		Partner school = this.lkp.partner("SMK Negeri 1 Baleendah", "EDUCATION.SCHOOL", "32.04.10", NeedAspect.STAFF);
		Need need = this.lkp.need(NeedAspect.FACILITIES, List.of("BUSINESS"));
		Partnership internship = this.lkp.partnership("Magang garmen", garment, need, NeedAspect.FACILITIES,
				PartnershipPattern.NURTURING, this.lkp.managerId);
		Partnership exchange = this.lkp.partnership("Pertukaran instruktur", school, need, NeedAspect.STAFF,
				PartnershipPattern.CLUSTER, this.lkp.staffId);
		Partnership paused = this.lkp.partnership("Kemitraan ditunda", school, need, NeedAspect.STAFF,
				PartnershipPattern.CLUSTER, this.lkp.staffId);
		this.lkp.status(paused, PartnershipStatus.ON_HOLD);
		this.lkp.enteredDaysAgo(exchange, 45);
		LocalDate soon = LocalDate.now().plusDays(3);
		this.lkp.interaction(garment, internship, LocalDate.now().minusDays(2), soon.plusDays(7), false);
		this.lkp.interaction(garment, internship, LocalDate.now().minusDays(1), soon, false);
		this.lkp.interaction(garment, internship, LocalDate.now().minusDays(5), soon.minusDays(10), true);

		String board = page("/partnerships/board", this.lkp.manager);
		assertThat(board)
			.contains("Magang garmen", "Pertukaran instruktur", "PT Garmen Majalaya", "Pengelola Pipa", "2 kemitraan",
					"Macet", "45 hari di tahap ini")
			.doesNotContain("Kemitraan ditunda");
		assertThat(board).contains("data-testid=\"column-MAPPING\"", "data-testid=\"column-FOLLOW_UP\"");

		assertThat(page("/partnerships/board?aspect=FACILITIES", this.lkp.manager)).contains("Magang garmen")
			.doesNotContain("Pertukaran instruktur");
		assertThat(page("/partnerships/board?pattern=CLUSTER", this.lkp.manager)).contains("Pertukaran instruktur")
			.doesNotContain("Magang garmen");
		assertThat(page("/partnerships/board?category=BUSINESS", this.lkp.manager)).contains("Magang garmen")
			.doesNotContain("Pertukaran instruktur");
		assertThat(page("/partnerships/board?category=EDUCATION.SCHOOL", this.lkp.manager))
			.contains("Pertukaran instruktur")
			.doesNotContain("Magang garmen");
		assertThat(page("/partnerships/board?owner=" + this.lkp.staffId, this.lkp.manager))
			.contains("Pertukaran instruktur")
			.doesNotContain("Magang garmen");
		assertThat(page("/partnerships/board?status=ALL", this.lkp.manager)).contains("Kemitraan ditunda",
				"3 kemitraan");

		String json = page("/api/v1/partnerships/board", this.lkp.manager);
		assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(json, "$.columns.length()")).isEqualTo(11);
		assertThat((Integer) JsonPath.read(json, "$.columns[0].count")).isEqualTo(2);
		List<String> due = JsonPath.read(json, "$.columns[0].cards[?(@.title == 'Magang garmen')].nextFollowUp");
		assertThat(due).containsExactly(soon.toString());
		List<Boolean> stale = JsonPath.read(json, "$.columns[0].cards[?(@.title == 'Pertukaran instruktur')].stale");
		assertThat(stale).containsExactly(true);
		assertThat((Integer) JsonPath.read(page("/api/v1/partnerships/board?pattern=NURTURING", this.lkp.manager),
				"$.total"))
			.isEqualTo(1);
	}

	@Test
	void aMoveFromTheBoardGoesThroughTheGateAndARefusalIsShownOnTheCard() throws Exception {
		Partner partner = this.lkp.partner("LSP Garmen Jabar", "CERTIFICATION.LSP", "32.73", NeedAspect.JOINT_PROGRAM);
		Need need = this.lkp.need(NeedAspect.JOINT_PROGRAM, List.of("CERTIFICATION"));
		Partnership partnership = this.lkp.partnership("Sertifikasi menjahit", partner, need, NeedAspect.JOINT_PROGRAM,
				PartnershipPattern.AS_NEEDED, this.lkp.staffId);

		// Accepted: mapping → information gathering (partner and need linked), by staff.
		this.mvc
			.perform(post("/partnerships/board/{id}/move", partnership.getId()).with(csrf())
				.with(SignedIn.as(this.userDetails, this.lkp.staff))
				.param("version", String.valueOf(partnership.getVersion()))
				.param("target", "INFORMATION_GATHERING")
				.param("aspect", "JOINT_PROGRAM"))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/partnerships/board?aspect=JOINT_PROGRAM"));
		Partnership moved = this.lkp.reload(partnership);
		assertThat(moved.getStage()).isEqualTo(Stage.INFORMATION_GATHERING);

		// Refused: no interaction yet; with htmx the board comes back with the reason on
		// the
		// card, and nothing moved.
		String board = this.mvc
			.perform(post("/partnerships/board/{id}/move", partnership.getId()).with(csrf())
				.with(SignedIn.as(this.userDetails, this.lkp.staff))
				.header("HX-Request", "true")
				.param("version", String.valueOf(moved.getVersion()))
				.param("target", "ANALYSIS"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board)
			.contains("id=\"board\"", "data-testid=\"card-refused\"", "Catat setidaknya satu interaksi dengan mitra.")
			.doesNotContain("<html");
		assertThat(this.lkp.reload(partnership).getStage()).isEqualTo(Stage.INFORMATION_GATHERING);

		// Back without a reason is refused; with one it moves.
		String refused = this.mvc
			.perform(post("/partnerships/board/{id}/move", partnership.getId()).with(csrf())
				.with(SignedIn.as(this.userDetails, this.lkp.staff))
				.header("HX-Request", "true")
				.param("version", String.valueOf(moved.getVersion()))
				.param("target", "MAPPING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Tuliskan alasan untuk kembali ke tahap sebelumnya.");
		this.mvc
			.perform(post("/partnerships/board/{id}/move", partnership.getId()).with(csrf())
				.with(SignedIn.as(this.userDetails, this.lkp.staff))
				.header("HX-Request", "true")
				.param("version", String.valueOf(moved.getVersion()))
				.param("target", "MAPPING")
				.param("reason", "Mitra lain lebih cocok"))
			.andExpect(status().isOk());
		assertThat(this.lkp.reload(partnership).getStage()).isEqualTo(Stage.MAPPING);

		// A stale version is a conflict, not a move.
		this.mvc
			.perform(post("/partnerships/board/{id}/move", partnership.getId()).with(csrf())
				.with(SignedIn.as(this.userDetails, this.lkp.staff))
				.param("version", String.valueOf(moved.getVersion()))
				.param("target", "INFORMATION_GATHERING"))
			.andExpect(status().isConflict());
	}

	@Test
	void theTableSortsInTheDatabaseAndTheExportHoldsTheFilteredRows() throws Exception {
		Partner partner = this.lkp.partner("Bank BJB Cabang Majalaya", "FINANCE.BANK", "32.04.33", NeedAspect.FUNDS);
		Need need = this.lkp.need(NeedAspect.FUNDS, List.of("FINANCE"));
		Partnership alpha = this.lkp.partnership("Alpha dana CSR", partner, need, NeedAspect.FUNDS,
				PartnershipPattern.FOSTER_PARENT, this.lkp.managerId);
		Partnership beta = this.lkp.partnership("Beta peralatan", partner, need, NeedAspect.FUNDS,
				PartnershipPattern.FOSTER_PARENT, this.lkp.staffId);
		Partnership gamma = this.lkp.partnership("Gamma beasiswa", partner, need, NeedAspect.FUNDS,
				PartnershipPattern.FOSTER_PARENT, this.lkp.managerId);
		this.lkp.enteredDaysAgo(beta, 60);
		this.lkp.enteredDaysAgo(gamma, 10);
		this.lkp.as(() -> this.partnerships.move(alpha.getId(), alpha.getVersion(), Stage.INFORMATION_GATHERING, null));

		assertThat(order(page("/partnerships/table?sort=title&dir=asc", this.lkp.manager)))
			.containsExactly("Alpha dana CSR", "Beta peralatan", "Gamma beasiswa");
		assertThat(order(page("/partnerships/table?sort=title&dir=desc", this.lkp.manager)))
			.containsExactly("Gamma beasiswa", "Beta peralatan", "Alpha dana CSR");
		assertThat(order(page("/partnerships/table?sort=days&dir=desc", this.lkp.manager)))
			.containsExactly("Beta peralatan", "Gamma beasiswa", "Alpha dana CSR");
		assertThat(order(page("/partnerships/table?sort=stage&dir=desc", this.lkp.manager)).get(0))
			.isEqualTo("Alpha dana CSR");
		// Owner by name: "Pengelola Pipa …" before "Staf Pipa …".
		assertThat(order(page("/partnerships/table?sort=owner&dir=desc", this.lkp.manager)).get(0))
			.isEqualTo("Beta peralatan");
		assertThat(order(page("/partnerships/table?stage=MAPPING&sort=title", this.lkp.manager)))
			.containsExactly("Beta peralatan", "Gamma beasiswa");

		byte[] xlsx = this.mvc
			.perform(get("/partnerships/export.xlsx?stage=MAPPING&sort=title")
				.with(SignedIn.as(this.userDetails, this.lkp.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Kemitraan");
			Row head = sheet.getRow(0);
			assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Judul");
			assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Tahap");
			assertThat(head.getCell(6).getStringCellValue()).isEqualTo("Hari di tahap");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Beta peralatan");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Bank BJB Cabang Majalaya");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("1. Pemetaan");
			assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(60);
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Macet");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Gamma beasiswa");
		}
	}

	/** The titles of the table's rows, top to bottom. */
	private static List<String> order(String html) {
		List<String> titles = new ArrayList<>();
		var matcher = java.util.regex.Pattern.compile("data-testid=\"row-title\"[^>]*>([^<]+)<").matcher(html);
		while (matcher.find()) {
			titles.add(matcher.group(1));
		}
		return titles;
	}

}
