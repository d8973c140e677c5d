package id.jejaring.needs;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requirements, needs, the board, status changes, reordering and the export through the
 * pages and the API, with the Indonesian messages beside the fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NeedsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Programs programs;

	@Autowired
	Requirements requirements;

	@Autowired
	Needs needs;

	NeedMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = new NeedMother(this.institutions, this.programs, this.requirements, this.needs);
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

	@Test
	void theDemoChecklistShowsTheSewingMachineShortfall() throws Exception {
		Program sewing = this.mother.as(this.bandung,
				() -> this.programs.current().stream().filter((p) -> p.getName().equals("Menjahit Busana")).findFirst())
			.orElseThrow();
		this.mvc.perform(get("/programs/{id}/requirements", sewing.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mesin jahit industri high speed")))
			.andExpect(content().string(containsString("kurang 7")));
	}

	@Test
	void aRequirementIsAddedWithHtmxAndItsGapOffersANeed() throws Exception {
		Program program = this.mother.program(this.bandung);
		this.mvc
			.perform(post("/programs/{id}/requirements", program.getId()).with(csrf())
				.with(staff())
				.header("HX-Request", "true")
				.param("component", "EQUIPMENT")
				.param("requiredQuantity", "10")
				.param("requiredDescription", "Mesin obras")
				.param("availableQuantity", "4")
				.param("met", "true")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"requirements\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("kurang 6")))
			.andExpect(content().string(containsString("Jadikan kebutuhan")));
		ProgramRequirement saved = this.mother.requirementsOf(program).get(0);
		assertThat(saved.gap()).isEqualTo(new Gap(true, 6L));

		this.mvc.perform(get("/needs/new").param("requirement", saved.getId().toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Mesin obras\"")))
			.andExpect(content().string(containsString("value=\"6\"")))
			.andExpect(content().string(containsString("<option value=\"FACILITIES\" selected=\"selected\"")));
	}

	@Test
	void aNegativeQuantityIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		Program program = this.mother.program(this.bandung);
		this.mvc
			.perform(post("/programs/{id}/requirements", program.getId()).with(csrf())
				.with(staff())
				.param("component", "EQUIPMENT")
				.param("requiredQuantity", "-2")
				.param("availableQuantity", "abc")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jumlah tidak boleh negatif.")))
			.andExpect(content().string(containsString("Isi dengan angka bulat")));
		assertThat(this.mother.requirementsOf(program)).isEmpty();
	}

	@Test
	void aConfirmedGapBecomesANeedLinkedToProgramAndComponent() throws Exception {
		Program program = this.mother.program(this.bandung);
		ProgramRequirement requirement = this.mother.shortfall(this.bandung, program);
		this.mvc
			.perform(post("/needs").with(csrf())
				.with(staff())
				.param("programId", program.getId().toString())
				.param("requirementId", requirement.getId().toString())
				.param("component", "EQUIPMENT")
				.param("aspect", "FACILITIES")
				.param("title", "Mesin jahit industri")
				.param("quantity", "7")
				.param("amount", "45.500.000")
				.param("neededBy", "2027-01-04")
				.param("regionScope", "SAME_PROVINCE")
				.param("partnerCategories", "BUSINESS.CSR", "FINANCE.COOPERATIVE")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "need.saved"));
		Need need = this.mother.as(this.bandung, () -> this.needs.byRequirement(List.of(requirement.getId())))
			.get(requirement.getId());
		assertThat(need.getProgramId()).isEqualTo(program.getId());
		assertThat(need.getComponent()).isEqualTo(RequirementComponent.EQUIPMENT);
		assertThat(need.getAmountRupiah()).isEqualTo(45_500_000L);
		assertThat(need.getStatus()).isEqualTo(NeedStatus.OPEN);
		assertThat(this.mother.as(this.bandung, () -> this.needs.get(need.getId()).categoryCodes()))
			.containsExactlyInAnyOrder("BUSINESS.CSR", "FINANCE.COOPERATIVE");

		this.mvc.perform(get("/needs/{id}", need.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rp 45.500.000")))
			.andExpect(content().string(containsString("Perusahaan dengan dana CSR")));
		this.mvc.perform(get("/programs/{id}/requirements", program.getId()).with(staff()))
			.andExpect(content().string(not(containsString("Jadikan kebutuhan"))));
	}

	@Test
	void aNeedWithoutAspectOrWithANegativeAmountIsRefusedAndNothingIsSaved() throws Exception {
		Program program = this.mother.program(this.bandung);
		long before = this.mother.needCount(this.bandung);
		this.mvc
			.perform(post("/needs").with(csrf())
				.with(staff())
				.param("programId", program.getId().toString())
				.param("title", "Modal kerja")
				.param("amount", "-5.000.000")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kebutuhan harus menyebutkan aspeknya.")))
			.andExpect(content().string(containsString("Nilai rupiah tidak boleh negatif.")))
			.andExpect(content().string(containsString("value=\"-5.000.000\"")));
		assertThat(this.mother.needCount(this.bandung)).isEqualTo(before);
	}

	@Test
	void staffCannotDropANeedTheManagerCanWithAReason() throws Exception {
		Need need = this.mother.need(this.bandung, this.mother.program(this.bandung), NeedAspect.FUNDS);
		this.mvc
			.perform(post("/needs/{id}/status", need.getId()).with(csrf())
				.with(staff())
				.param("status", "DROPPED")
				.param("reason", "Tidak relevan")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "need.drop.managerOnly"));
		assertThat(this.mother.reload(need).getStatus()).isEqualTo(NeedStatus.OPEN);

		this.mvc
			.perform(post("/needs/{id}/status", need.getId()).with(csrf())
				.with(manager())
				.param("status", "DROPPED")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sebutkan alasan kebutuhan ini dibatalkan.")));
		assertThat(this.mother.reload(need).getStatus()).isEqualTo(NeedStatus.OPEN);

		this.mvc
			.perform(post("/needs/{id}/status", need.getId()).with(csrf())
				.with(manager())
				.param("status", "DROPPED")
				.param("reason", "Sudah dipenuhi dari dana BOP")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		Need dropped = this.mother.reload(need);
		assertThat(dropped.getStatus()).isEqualTo(NeedStatus.DROPPED);
		assertThat(dropped.getDropReason()).isEqualTo("Sudah dipenuhi dari dana BOP");

		// staff may move a need between the other statuses
		Need other = this.mother.need(this.bandung, this.mother.program(this.bandung), NeedAspect.FUNDS);
		this.mvc
			.perform(post("/needs/{id}/status", other.getId()).with(csrf())
				.with(staff())
				.param("status", "IN_PROGRESS")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mother.reload(other).getStatus()).isEqualTo(NeedStatus.IN_PROGRESS);
	}

	@Test
	void theManagerMovesANeedUpAndTheBoardComesBackAsAFragment() throws Exception {
		Program program = this.mother.program(this.bandung);
		Need first = this.mother.need(this.bandung, program, NeedAspect.STAFF);
		Need second = this.mother.need(this.bandung, program, NeedAspect.STAFF);
		this.mvc
			.perform(post("/needs/{id}/move-up", second.getId()).with(csrf())
				.with(manager())
				.header("HX-Request", "true")
				.param("programId", program.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"needs-board\"")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.mother.reload(second).getPriorityRank())
			.isLessThan(this.mother.reload(first).getPriorityRank());

		this.mvc.perform(post("/needs/{id}/move-up", first.getId()).with(csrf()).with(staff()))
			.andExpect(status().isForbidden());

		String board = this.mvc.perform(get("/needs").param("programId", program.getId().toString()).with(manager()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board.indexOf(second.getTitle())).isLessThan(board.indexOf(first.getTitle()));
	}

	@Test
	void theBoardFiltersByAspect() throws Exception {
		Program program = this.mother.program(this.bandung);
		Need funds = this.mother.need(this.bandung, program, NeedAspect.FUNDS);
		Need staff = this.mother.need(this.bandung, program, NeedAspect.STAFF);
		this.mvc.perform(get("/needs").param("aspect", "FUNDS").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(funds.getTitle())))
			.andExpect(content().string(not(containsString(staff.getTitle()))));
	}

	@Test
	void theExportIsAWorkbookWithIndonesianHeadersRupiahAndDates() throws Exception {
		Program program = this.mother.program(this.bandung);
		Need need = this.mother.need(this.bandung, program, NeedAspect.FUNDS);
		byte[] body = this.mvc
			.perform(get("/needs/export.xlsx").param("programId", program.getId().toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row head = sheet.getRow(0);
			assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Program");
			assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Aspek");
			assertThat(head.getCell(4).getStringCellValue()).isEqualTo("Apa yang dibutuhkan");
			assertThat(head.getCell(7).getStringCellValue()).isEqualTo("Nilai (Rp)");
			assertThat(head.getCell(8).getStringCellValue()).isEqualTo("Dibutuhkan paling lambat");
			Row row = sheet.getRow(1);
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo(need.getTitle());
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Dana");
			assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(5_000_000d);
			assertThat(row.getCell(7).getCellStyle().getDataFormatString()).contains("Rp");
			assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(need.getNeededBy());
			assertThat(new DataFormatter().formatCellValue(row.getCell(7))).contains("Rp");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
		}
	}

	@Test
	void theApiCreatesListsChangesAndReordersNeeds() throws Exception {
		Program program = this.mother.program(this.bandung);
		String created = this.mvc
			.perform(
					post("/api/v1/needs").with(csrf()).with(staff()).contentType(MediaType.APPLICATION_JSON).content("""
							{"programId":"%s","aspect":"FUNDS","title":"Modal kerja lulusan","amount":"25.000.000",
							 "neededBy":"2027-02-01","partnerCategories":["FINANCE.BANK"],"regionScope":"SAME_REGENCY",
							 "version":0}""".formatted(program.getId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.amountRupiah").value(25_000_000))
			.andExpect(jsonPath("$.programName").value("Menjahit Busana"))
			.andExpect(jsonPath("$.partnerCriteria.partnerCategories[0]").value("FINANCE.BANK"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));

		this.mvc
			.perform(get("/api/v1/needs").param("programId", program.getId().toString())
				.param("aspect", "FUNDS")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(id.toString()));

		this.mvc
			.perform(post("/api/v1/needs").with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"programId":"%s","title":"Tanpa aspek","amount":"-1","version":0}"""
					.formatted(program.getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.aspect").value("Kebutuhan harus menyebutkan aspeknya."));

		this.mvc
			.perform(put("/api/v1/needs/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"programId":"%s","aspect":"FUNDS","title":"Modal kerja lulusan","amount":"-25.000",
						 "version":0}""".formatted(program.getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").value("Nilai rupiah tidak boleh negatif."));

		this.mvc
			.perform(post("/api/v1/needs/{id}/status", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"DROPPED\",\"reason\":\"Batal\",\"version\":0}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/needs/{id}/status", id).with(csrf())
				.with(manager())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"DROPPED\",\"reason\":\"Batal\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DROPPED"))
			.andExpect(jsonPath("$.dropReason").value("Batal"));

		this.mvc
			.perform(post("/api/v1/needs/{id}/move", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"direction\":\"UP\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/needs/{id}/move", id).with(csrf())
				.with(manager())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"direction\":\"UP\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void theApiKeepsRequirementChecklists() throws Exception {
		Program program = this.mother.program(this.bandung);
		String created = this.mvc
			.perform(post("/api/v1/programs/{id}/requirements", program.getId()).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"component":"TRAINERS","requiredQuantity":"2","requiredDescription":"Instruktur",
						 "availableQuantity":"1","met":true,"version":0}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gap").value(true))
			.andExpect(jsonPath("$.shortfall").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		this.mvc
			.perform(put("/api/v1/requirements/{id}", id).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"component":"TRAINERS","requiredQuantity":"2","availableQuantity":"2","version":0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.gap").value(false));
		this.mvc
			.perform(post("/api/v1/programs/{id}/requirements", program.getId()).with(csrf())
				.with(staff())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"component\":\"FUNDS\",\"requiredQuantity\":\"-3\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.requiredQuantity").value("Jumlah tidak boleh negatif."));
		this.mvc.perform(get("/api/v1/programs/{id}/requirements", program.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(delete("/api/v1/requirements/{id}", id).with(csrf()).with(staff()))
			.andExpect(status().isNoContent());
		assertThat(this.mother.requirementsOf(program)).isEmpty();
	}

	@Test
	void partnerCategoriesAreListedInTheCallersLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/partner-categories").with(staff()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("GOVERNMENT"))
			.andExpect(
					jsonPath("$[?(@.code == 'CERTIFICATION.LSP')].label").value("Lembaga Sertifikasi Profesi (LSP)"));
		this.mvc.perform(get("/api/v1/partner-categories").header("Accept-Language", "en").with(staff()))
			.andExpect(jsonPath("$[?(@.code == 'GOVERNMENT.EDUCATION_OFFICE')].labelEn").value("Education office"));
	}

	@Test
	void theDashboardShowsTheNeedsSummary() throws Exception {
		this.mvc.perform(get("/").with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"needs-summary\"")))
			.andExpect(content().string(containsString("Sarana dan prasarana")))
			.andExpect(content().string(containsString("Tata Rias Pengantin")));
	}

	@Test
	void anotherInstitutionsNeedIsNotFound() throws Exception {
		Need need = this.mother.need(this.mother.semarang(), this.mother.program(this.mother.semarang()),
				NeedAspect.FUNDS);
		this.mvc.perform(get("/needs/{id}", need.getId()).with(staff())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/needs/{id}", need.getId()).with(staff())).andExpect(status().isNotFound());
		this.mvc.perform(get("/needs").with(staff())).andExpect(content().string(not(containsString(need.getTitle()))));
	}

	@Test
	void nonHtmxReorderRedirectsToTheSameBoard() throws Exception {
		Program program = this.mother.program(this.bandung);
		Need need = this.mother.need(this.bandung, program, NeedAspect.FUNDS);
		this.mvc
			.perform(post("/needs/{id}/move-down", need.getId()).with(csrf()).with(manager()).param("aspect", "FUNDS"))
			.andExpect(redirectedUrl("/needs?aspect=FUNDS"));
	}

}
