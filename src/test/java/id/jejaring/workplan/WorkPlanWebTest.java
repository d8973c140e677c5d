package id.jejaring.workplan;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work plan pages: the partnership's card, the plan page with its forms and the
 * messages beside the fields, contributions totalled per party in rupiah, editing and
 * removing, and the Excel export.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanWebTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	UUID bandung;

	Partnership partnership;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.bandung();
		this.partnership = this.mother.partnership(this.bandung);
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	String page() {
		return "/partnerships/" + this.partnership.getId() + "/work-plan/page";
	}

	WorkPlan plan() {
		return this.mother.as(this.bandung, () -> this.plans.current(this.partnership.getId())).orElseThrow();
	}

	@Test
	void theCardAndPageOfAnEmptyPlanSayItIsEmpty() throws Exception {
		this.mvc.perform(get("/partnerships/{id}/work-plan", this.partnership.getId()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Belum ada rencana kerja untuk siklus ini."),
					containsString("/work-plan/page"))));
		this.mvc.perform(get(page()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Rencana kerja bersama"),
					containsString("Tambah kegiatan"), not(containsString("data-testid=\"work-plan-xlsx\"")))));
	}

	@Test
	void formsComeBackWithTheMessagesBesideTheirFields() throws Exception {
		this.mvc
			.perform(post(page().replace("/page", "/activities")).with(csrf())
				.with(staff())
				.param("version", "0")
				.param("description", "Pelatihan tata boga")
				.param("aspect", "JOINT_PROGRAM")
				.param("responsible", "")
				.param("startsOn", "2027-03-10")
				.param("endsOn", "2027-03-01")
				.param("budget", "abc")
				.param("proposedBy", ""))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Tulis jumlah rupiah sebagai bilangan bulat 0 atau lebih."),
							containsString("is-invalid"))));
		this.mvc
			.perform(post(page().replace("/page", "/activities")).with(csrf())
				.with(staff())
				.param("version", "0")
				.param("description", "Pelatihan tata boga")
				.param("aspect", "JOINT_PROGRAM")
				.param("responsible", "")
				.param("startsOn", "2027-03-10")
				.param("endsOn", "2027-03-01")
				.param("budget", "1.000.000")
				.param("proposedBy", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal selesai tidak boleh sebelum tanggal mulai.")));
		this.mvc
			.perform(post(page().replace("/page", "/objectives")).with(csrf())
				.with(staff())
				.param("version", "0")
				.param("text", " ")
				.param("proposedBy", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan sasarannya.")));
		this.mvc
			.perform(post(page().replace("/page", "/indicators")).with(csrf())
				.with(staff())
				.param("version", "0")
				.param("measure", "OWN")
				.param("name", "")
				.param("unit", "")
				.param("baseline", "0")
				.param("target", "12")
				.param("proposedBy", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Indikator sendiri perlu nama."),
					containsString("Indikator sendiri perlu satuan."))));
		assertThat(this.mother.as(this.bandung, () -> this.plans.current(this.partnership.getId()))).isEmpty();
	}

	@Test
	void staffDraftThePlanWithThePartnerAndSeeTheTotalsPerParty() throws Exception {
		String partner = this.partnership.partnerIds().get(0).toString();
		String base = page().replace("/page", "");
		this.mvc
			.perform(post(base + "/objectives").with(csrf())
				.with(staff())
				.param("version", "0")
				.param("text", "Lulusan tata boga terserap di dunia kerja")
				.param("proposedBy", partner))
			.andExpect(redirectedUrlPattern("/partnerships/*/work-plan/page*"));
		this.mvc
			.perform(post(base + "/indicators").with(csrf())
				.with(staff())
				.param("version", "0")
				.param("measure", "FUNDS_RECEIVED")
				.param("baseline", "0")
				.param("target", "15.000.000")
				.param("proposedBy", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(base + "/activities").with(csrf())
				.with(staff())
				.param("version", "0")
				.param("description", "Magang di hotel mitra")
				.param("aspect", "JOINT_PROGRAM")
				.param("responsible", partner)
				.param("startsOn", "2027-02-01")
				.param("endsOn", "2027-04-30")
				.param("place", "Hotel Savoy Homann")
				.param("budget", "20.000.000")
				.param("proposedBy", partner))
			.andExpect(status().is3xxRedirection());
		UUID activity = plan().getActivities().get(0).getId();
		this.mvc
			.perform(post(base + "/activities/{a}/contributions", activity).with(csrf())
				.with(staff())
				.param("party", partner)
				.param("kind", "INTERNSHIP_PLACES")
				.param("description", "10 tempat magang selama 3 bulan")
				.param("value", "12.500.000"))

			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page()).param("contribute", activity.toString()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"contribution-form\"")));
		this.mvc
			.perform(post(base + "/activities/{a}/contributions", activity).with(csrf())
				.with(staff())
				.param("party", "")
				.param("kind", "CASH")
				.param("description", "Uang saku peserta")
				.param("value", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tulis nilai dalam rupiah, lebih dari 0.")));
		this.mvc
			.perform(post(base + "/activities/{a}/contributions", activity).with(csrf())
				.with(staff())
				.param("party", "")
				.param("kind", "CASH")
				.param("description", "Uang saku peserta")
				.param("value", "3000000"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(page()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lulusan tata boga terserap di dunia kerja"),
					containsString("Dana diterima (Rp)"), containsString("Rp 0 → Rp 15.000.000"),
					containsString("1 Februari 2027 – 30 April 2027"), containsString("Rp 12.500.000"),
					containsString("Rp 3.000.000"), containsString("Jumlah kontribusi: Rp 15.500.000"),
					containsString("Tempat magang"), containsString("LKP Terampil Mandiri"),
					containsString("data-testid=\"work-plan-xlsx\""))));
		this.mvc.perform(get("/partnerships/{id}/work-plan", this.partnership.getId()).with(staff()))
			.andExpect(content().string(
					allOf(containsString("1 sasaran · 1 indikator · 1 kegiatan"), containsString("Rp 20.000.000"))));

		// editing shows the item's values in a form that saves onto it
		this.mvc.perform(get(page()).param("edit", activity.toString()).with(staff()))
			.andExpect(content().string(allOf(containsString("Ubah kegiatan"),
					containsString("/work-plan/activities/" + activity + "\""), containsString("2027-04-30"))));
		long version = plan().getActivities().get(0).getVersion();
		this.mvc
			.perform(post(base + "/activities/{a}", activity).with(csrf())
				.with(staff())
				.param("version", String.valueOf(version))
				.param("description", "Magang di dua hotel mitra")
				.param("aspect", "JOINT_PROGRAM")
				.param("responsible", partner)
				.param("startsOn", "2027-02-01")
				.param("endsOn", "2027-05-31")
				.param("place", "Bandung")
				.param("budget", "22000000")
				.param("proposedBy", partner))
			.andExpect(status().is3xxRedirection());
		assertThat(plan().getActivities().get(0).getDescription()).isEqualTo("Magang di dua hotel mitra");

		byte[] xlsx = this.mvc.perform(get(base + "/export.xlsx").with(staff()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("rencana-kerja-siklus-1.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder text = new StringBuilder();
			DataFormatter format = new DataFormatter();
			workbook.getSheetAt(0)
				.forEach((row) -> row.forEach((cell) -> text.append(format.formatCellValue(cell)).append('|')));
			assertThat(text.toString()).contains("Lulusan tata boga terserap di dunia kerja",
					"Magang di dua hotel mitra", "10 tempat magang selama 3 bulan", "Kontribusi per pihak");
		}

		UUID contribution = plan().getActivities().get(0).getContributions().get(0).getId();
		this.mvc.perform(post(base + "/contributions/{c}/delete", contribution).with(csrf()).with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(plan().getActivities().get(0).getContributions()).hasSize(1);
		this.mvc.perform(post(base + "/activities/{a}/delete", activity).with(csrf()).with(staff()))
			.andExpect(status().is3xxRedirection());
		assertThat(plan().getActivities()).isEmpty();

		// drafted together: who added, changed and removed what
		this.mvc.perform(get(page()).with(staff()))
			.andExpect(content().string(allOf(containsString("Riwayat perubahan"), containsString("menambahkan</span>"),
					containsString("mengubah</span>"), containsString("menghapus</span>"),
					containsString("Magang di dua hotel mitra"), containsString("Tanggal selesai"),
					containsString("staf.bandung"), containsString("Diusulkan oleh"))));
	}

}
