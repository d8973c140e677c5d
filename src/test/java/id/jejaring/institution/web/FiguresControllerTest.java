package id.jejaring.institution.web;

import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.institution.AsStaff;
import id.jejaring.institution.FigureCounts;
import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.FiguresMother;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.Programs;
import id.jejaring.institution.YearlyFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Yearly figures as staff record them in the pages and through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FiguresControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Programs programs;

	@Autowired
	FiguresManagement figures;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
	}

	@Test
	void staffRecordAYearWithProgramRowsSeeItChartedAndEditIt() throws Exception {
		Program sewing = ProgramMother.createIn(this.programs, this.bandung, "Jahit Uji " + UUID.randomUUID());
		int year = FiguresMother.freeYear(this.figures, this.bandung);
		String location = this.mvc
			.perform(form(post("/figures"), year, "120", "100", "70", "50", "20", "6", "0")
				.param("programs[0].programId", sewing.getId().toString())
				.param("programs[0].enrolled", "40")
				.param("programs[0].graduates", "35")
				.param("programs[0].certified", "30")
				.param("programs[0].placed", "20")
				.param("programs[0].startedBusiness", "5")
				.param("programs[0].jobOrders", "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/figures/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/figures/".length()));
		YearlyFigures saved = FiguresMother.reload(this.figures,
				AsStaff.call(this.bandung, () -> this.figures.get(id)));
		assertThat(saved.getYear()).isEqualTo(year);
		assertThat(saved.total()).isEqualTo(new FigureCounts(120, 100, 70, 50, 20, 6));
		assertThat(saved.getPrograms()).singleElement().satisfies((row) -> {
			assertThat(row.getProgramId()).isEqualTo(sewing.getId());
			assertThat(row.counts().placed()).isEqualTo(20);
		});

		this.mvc.perform(get("/figures/{id}", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Capaian tahun " + year), containsString(sewing.getName()),
					containsString("50,0%"), containsString("70,0%"))));
		this.mvc.perform(get("/figures").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-chart=\"bar\""), containsString("/dist/chart.umd.min.js"),
						containsString("/js/figures-chart.js"), containsString(">" + year + "<"))));
		this.mvc.perform(get("/programs/{id}", sewing.getId()).with(staff()))
			.andExpect(content().string(containsString(">" + year + "<")));
		this.mvc.perform(get("/figures/{id}/edit", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"120\""), containsString(sewing.getName()))));

		// Dropping the program row alone still moves the year's version.
		this.mvc
			.perform(form(post("/figures/{id}", id), year, "130", "100", "70", "50", "20", "6",
					String.valueOf(saved.getVersion())))
			.andExpect(redirectedUrl("/figures/" + id));
		YearlyFigures edited = FiguresMother.reload(this.figures, saved);
		assertThat(edited.total().enrolled()).isEqualTo(130);
		assertThat(edited.getPrograms()).isEmpty();
		assertThat(edited.getVersion()).isGreaterThan(saved.getVersion());

		this.mvc
			.perform(form(post("/figures/{id}", id), year, "140", "100", "70", "50", "20", "6",
					String.valueOf(saved.getVersion())))
			.andExpect(status().isConflict());
		assertThat(FiguresMother.reload(this.figures, saved).total().enrolled()).isEqualTo(130);
	}

	@Test
	void implausibleFiguresAreExplainedBesideTheFieldsAndNothingIsSaved() throws Exception {
		Program program = ProgramMother.createIn(this.programs, this.bandung, "Rias Uji " + UUID.randomUUID());
		int year = FiguresMother.freeYear(this.figures, this.bandung);
		this.mvc
			.perform(form(post("/figures"), year, "50", "60", "10", "-1", "0", "x", "0")
				.param("programs[0].programId", program.getId().toString())
				.param("programs[0].enrolled", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("angka capaian tidak boleh negatif"),
					containsString("kosongkan seluruh baris program"), not(containsString("Exception")))));
		this.mvc.perform(form(post("/figures"), year, "50", "60", "10", "10", "0", "0", "0"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Jumlah lulusan tidak boleh melebihi jumlah peserta terdaftar")));
		this.mvc.perform(form(post("/figures"), year, "100", "80", "81", "50", "31", "0", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Lulusan bersertifikat tidak boleh melebihi jumlah lulusan"), containsString(
							"Lulusan bekerja ditambah lulusan berwirausaha tidak boleh melebihi jumlah lulusan"))));
		this.mvc.perform(form(post("/figures"), 1980, "1", "1", "1", "1", "0", "0", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tahun harus antara 1990 dan")));
		this.mvc
			.perform(form(post("/figures"), year, "100", "80", "60", "40", "20", "5", "0")
				.param("programs[0].programId", program.getId().toString())
				.param("programs[0].enrolled", "101")
				.param("programs[0].graduates", "80")
				.param("programs[0].certified", "60")
				.param("programs[0].placed", "40")
				.param("programs[0].startedBusiness", "20")
				.param("programs[0].jobOrders", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jumlah per program (101) melebihi total lembaga (100).")));
		assertThat(AsStaff.call(this.bandung, () -> this.figures.yearTaken(year, null))).isFalse();
	}

	@Test
	void aYearIsRecordedOnce() throws Exception {
		YearlyFigures existing = FiguresMother.recordIn(this.figures, this.bandung);
		this.mvc.perform(form(post("/figures"), existing.getYear(), "1", "1", "1", "1", "0", "0", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Capaian tahun ini sudah dicatat")));
		assertThat(FiguresMother.reload(this.figures, existing).total()).isEqualTo(existing.total());
	}

	@Test
	void theApiRecordsListsAndReplacesYears() throws Exception {
		Program program = ProgramMother.createIn(this.programs, this.bandung, "API Uji " + UUID.randomUUID());
		int year = FiguresMother.freeYear(this.figures, this.bandung);
		String body = """
				{"year":"%d","enrolled":"90","graduates":"80","certified":"40","placed":"20","startedBusiness":"10",
				 "jobOrders":"3","version":0,"programs":[{"programId":"%s","enrolled":"30","graduates":"25",
				 "certified":"20","placed":"10","startedBusiness":"5","jobOrders":"1"}]}
				""".formatted(year, program.getId());
		String created = this.mvc
			.perform(post("/api/v1/figures").with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.year").value(year))
			.andExpect(jsonPath("$.total.enrolled").value(90))
			.andExpect(jsonPath("$.placementRate").value(25.0))
			.andExpect(jsonPath("$.programs[0].programName").value(program.getName()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");

		this.mvc.perform(get("/api/v1/figures").with(staff()).param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.year == " + year + ")].total.graduates").value(80));
		this.mvc.perform(get("/api/v1/figures/{id}", id).with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(jsonPath("$.programs[0].figures.placed").value(10));

		this.mvc
			.perform(put("/api/v1/figures/{id}", id).with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"90\"", "\"95\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.enrolled").value(95));
		this.mvc
			.perform(put("/api/v1/figures/{id}", id).with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict());

		this.mvc.perform(
				post("/api/v1/figures").with(staff()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
						{"year":"%d","enrolled":"10","graduates":"20","certified":"0","placed":"0",
						 "startedBusiness":"0","jobOrders":"-4","version":0}
						""".formatted(FiguresMother.freeYear(this.figures, this.bandung))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.jobOrders").value(containsString("tidak boleh negatif")));
		this.mvc.perform(
				post("/api/v1/figures").with(staff()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
						{"year":"%d","enrolled":"10","graduates":"20","certified":"0","placed":"0",
						 "startedBusiness":"0","jobOrders":"0","version":0}
						""".formatted(FiguresMother.freeYear(this.figures, this.bandung))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.graduates")
				.value("Jumlah lulusan tidak boleh melebihi jumlah peserta terdaftar."));
		this.mvc.perform(get("/api/v1/figures/{id}", id).with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isNotFound());
	}

	@Test
	void overseersReadButDoNotEdit() throws Exception {
		this.mvc.perform(get("/figures/new").with(SignedIn.as(this.users, "pengawas.jabar")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/figures").with(SignedIn.as(this.users, "staf.semarang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum ada capaian tahunan yang dicatat")));
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, int year, String enrolled,
			String graduates, String certified, String placed, String startedBusiness, String jobOrders,
			String version) {
		Map.of("year", String.valueOf(year), "enrolled", enrolled, "graduates", graduates, "certified", certified,
				"placed", placed, "startedBusiness", startedBusiness, "jobOrders", jobOrders, "version", version)
			.forEach(request::param);
		return request.with(staff()).with(csrf());
	}

	private RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

}
