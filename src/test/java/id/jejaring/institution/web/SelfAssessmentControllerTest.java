package id.jejaring.institution.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.institution.AsStaff;
import id.jejaring.institution.AssessmentArea;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.SelfAssessment;
import id.jejaring.institution.SelfAssessmentMother;
import id.jejaring.institution.SelfAssessments;
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
 * Self-assessments as staff record them in the pages and through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessmentControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	SelfAssessments assessments;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
	}

	@Test
	void staffRecordAYearCompareItWithEarlierYearsAndEditIt() throws Exception {
		int year = SelfAssessmentMother.freeYear(this.assessments, this.bandung);
		String location = this.mvc.perform(form(post("/self-assessments"), year, "4", "version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/self-assessments/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/self-assessments/".length()));

		this.mvc.perform(get("/self-assessments/{id}", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Evaluasi diri " + year),
					containsString("Instruktur berpengalaman"), containsString("Mesin jahit industri hanya 3 unit"),
					containsString("Pabrik garmen di Majalaya membuka magang"),
					containsString("Sarana dan prasarana"))));
		this.mvc.perform(get("/self-assessments").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"score-comparison\""), containsString(">" + year + "<"))));

		SelfAssessment saved = AsStaff.call(this.bandung, () -> this.assessments.get(id));
		this.mvc
			.perform(form(post("/self-assessments/{id}", id), year, "5", "version", String.valueOf(saved.getVersion())))
			.andExpect(redirectedUrl("/self-assessments/" + id));
		SelfAssessment edited = SelfAssessmentMother.reload(this.assessments, saved);
		assertThat(edited.score(AssessmentArea.GRADUATES)).isEqualTo(5);
		assertThat(edited.area(AssessmentArea.FACILITIES).weaknesses()).isEqualTo("Mesin jahit industri hanya 3 unit");

		this.mvc
			.perform(form(post("/self-assessments/{id}", id), year, "2", "version", String.valueOf(saved.getVersion())))
			.andExpect(status().isConflict());
	}

	@Test
	void missingScoresAndTakenYearsAreExplainedAndNothingIsSaved() throws Exception {
		int year = SelfAssessmentMother.freeYear(this.assessments, this.bandung);
		this.mvc.perform(form(post("/self-assessments"), year, "7", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pilih nilai 1 sampai 5."), containsString("is-invalid"),
					not(containsString("Exception")))));
		this.mvc.perform(form(post("/self-assessments"), year, "", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih nilai 1 sampai 5.")));
		assertThat(SelfAssessmentMother.freeYear(this.assessments, this.bandung)).isEqualTo(year);

		SelfAssessment existing = SelfAssessmentMother.createIn(this.assessments, this.bandung);
		this.mvc.perform(form(post("/self-assessments"), existing.getYear(), "3", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Evaluasi diri tahun ini sudah ada")));
		this.mvc.perform(form(post("/self-assessments"), 2200, "3", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tahun harus antara 1990 dan")));
	}

	@Test
	void theApiRecordsListsAndReplacesAssessments() throws Exception {
		int year = SelfAssessmentMother.freeYear(this.assessments, this.bandung);
		String body = """
				{"year":"%d","hrStrengths":"Instruktur berpengalaman","hrScore":"4","hrReason":"Instruktur tetap",
				 "facilitiesWeaknesses":"Mesin jahit industri hanya 3 unit","facilitiesScore":"2",
				 "programsScore":"3","graduatesScore":"3","opportunities":"Magang di pabrik garmen","version":0}
				""".formatted(year);
		String created = this.mvc
			.perform(post("/api/v1/self-assessments").with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.year").value(year))
			.andExpect(jsonPath("$.areas[1].area").value("FACILITIES"))
			.andExpect(jsonPath("$.areas[1].score").value(2))
			.andExpect(jsonPath("$.averageScore").value(3.0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		this.mvc.perform(get("/api/v1/self-assessments").with(staff()).param("size", "100"))
			.andExpect(jsonPath("$.items[?(@.year == " + year + ")].opportunities").value("Magang di pabrik garmen"));
		this.mvc
			.perform(put("/api/v1/self-assessments/{id}", id).with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"facilitiesScore\":\"2\"", "\"facilitiesScore\":\"3\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areas[1].score").value(3));
		this.mvc
			.perform(post("/api/v1/self-assessments").with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"hrScore\":\"4\"", "\"hrScore\":\"9\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.hrScore").value("Pilih nilai 1 sampai 5."));
		this.mvc.perform(get("/api/v1/self-assessments/{id}", id).with(SignedIn.as(this.users, "staf.semarang")))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, int year, String score,
			String... more) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", String.valueOf(year));
		fields.put("hrStrengths", "Instruktur berpengalaman");
		fields.put("hrWeaknesses", "Belum ada asesor tata rias bersertifikat");
		fields.put("hrScore", "3");
		fields.put("hrReason", "Instruktur tetap tiga orang");
		fields.put("facilitiesWeaknesses", "Mesin jahit industri hanya 3 unit");
		fields.put("facilitiesScore", "2");
		fields.put("programsScore", "4");
		fields.put("graduatesScore", score);
		fields.put("opportunities", "Pabrik garmen di Majalaya membuka magang");
		for (int i = 0; i < more.length; i += 2) {
			fields.put(more[i], more[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(staff()).with(csrf());
	}

	private RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

}
