package id.jejaring.institution.web;

import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramMother;
import id.jejaring.institution.Programs;
import id.jejaring.shared.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
 * Programs as staff use them in the pages and through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgramControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Programs programs;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
	}

	@Test
	void staffAddEditArchiveAndRestoreAProgram() throws Exception {
		String name = "Aa Barista Kopi " + UUID.randomUUID().toString().substring(0, 6);
		String location = this.mvc
			.perform(post("/programs").with(staff())
				.with(csrf())
				.param("name", name)
				.param("skillField", "Tata boga")
				.param("type", "PKW")
				.param("level", "BASIC")
				.param("durationHours", "120")
				.param("capacityPerBatch", "15")
				.param("batchesPerYear", "2")
				.param("nextBatchStartsOn", "2027-02-01")
				.param("status", "PLANNED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/programs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/programs/".length()));
		Program saved = ProgramMother.reload(this.programs, programIn(id));
		assertThat(saved.getName()).isEqualTo(name);
		assertThat(saved.getNextBatchStartsOn()).hasToString("2027-02-01");
		assertThat(saved.participantsPerYear()).isEqualTo(30);
		assertThat(saved.getCreatedBy()).isEqualTo("staf.bandung");

		this.mvc.perform(get("/programs/{id}", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString(name), containsString("PKW (Pendidikan Kecakapan Wirausaha)"),
							containsString("120 jam"), containsString("Direncanakan"))));
		this.mvc.perform(get("/programs/{id}/edit", id).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"120\"")));

		this.mvc
			.perform(post("/programs/{id}", id).with(staff())
				.with(csrf())
				.param("name", name)
				.param("type", "PKW")
				.param("durationHours", "150")
				.param("status", "ACTIVE")
				.param("version", String.valueOf(saved.getVersion())))
			.andExpect(redirectedUrl("/programs/" + id));
		assertThat(ProgramMother.reload(this.programs, saved).getDurationHours()).isEqualTo(150);

		// Other tests add programs too: a name early in the alphabet stays on the first
		// page.
		this.mvc.perform(get("/programs").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/programs").with(staff()).param("sort", "nextBatch"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Menjahit Busana")));

		this.mvc.perform(post("/programs/{id}/archive", id).with(staff()).with(csrf()))
			.andExpect(redirectedUrl("/programs"));
		assertThat(ProgramMother.reload(this.programs, saved).isArchived()).isTrue();
		this.mvc.perform(get("/programs").with(staff())).andExpect(content().string(not(containsString(name))));
		this.mvc.perform(get("/programs").with(staff()).param("archived", "true"))
			.andExpect(content().string(containsString(name)));

		this.mvc.perform(post("/programs/{id}/restore", id).with(staff()).with(csrf()))
			.andExpect(redirectedUrl("/programs/" + id));
		assertThat(ProgramMother.reload(this.programs, saved).isArchived()).isFalse();
	}

	@Test
	void badInputIsExplainedBesideTheFieldsAndNothingIsSaved() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/programs").with(staff())
				.with(csrf())
				.param("name", " ")
				.param("type", "PKK")
				.param("durationHours", "0")
				.param("capacityPerBatch", "-3")
				.param("batchesPerYear", "dua")
				.param("nextBatchStartsOn", "2027-02-30")
				.param("status", "ACTIVE")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Wajib diisi."), containsString("Isi dengan bilangan bulat lebih dari 0"),
						containsString("Isi dengan angka bulat"), containsString("Isi tanggal yang benar"),
						containsString("is-invalid"), not(containsString("Exception")))));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anEditBasedOnAnOlderVersionIsRefused() throws Exception {
		Program program = ProgramMother.createIn(this.programs, this.bandung, "Program Lama " + UUID.randomUUID());
		this.mvc
			.perform(post("/programs/{id}", program.getId()).with(staff())
				.with(csrf())
				.param("name", "Nama Baru")
				.param("type", "PKK")
				.param("status", "ACTIVE")
				.param("version", String.valueOf(program.getVersion() + 5)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("telah diubah oleh pengguna lain")));
		assertThat(ProgramMother.reload(this.programs, program).getName()).isEqualTo(program.getName());
	}

	@Test
	void theApiListsCreatesUpdatesAndArchivesPrograms() throws Exception {
		// sorts before the many "Menjahit Busana" programs other tests leave in the
		// shared
		// test database, so it is on the first page of 100 by name
		String name = "Aksesori Ponsel " + UUID.randomUUID().toString().substring(0, 6);
		String body = """
				{"name":"%s","skillField":"Elektronika","type":"REGULAR_COURSE","durationHours":"80",
				 "capacityPerBatch":"12","batchesPerYear":"4","nextBatchStartsOn":"2027-03-01","status":"ACTIVE","version":0}
				"""
			.formatted(name);
		String created = this.mvc
			.perform(post("/api/v1/programs").with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.participantsPerYear").value(48))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");

		this.mvc.perform(get("/api/v1/programs").with(staff()).param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", org.hamcrest.Matchers.hasItem(name)))
			.andExpect(jsonPath("$.page").value(0));

		this.mvc
			.perform(put("/api/v1/programs/{id}", id).with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("\"80\"", "\"90\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.durationHours").value(90))
			.andExpect(jsonPath("$.version").value(1));

		this.mvc
			.perform(put("/api/v1/programs/{id}", id).with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict());

		this.mvc
			.perform(post("/api/v1/programs").with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"type\":\"PKK\",\"status\":\"ACTIVE\",\"capacityPerBatch\":\"0\","
						+ "\"nextBatchStartsOn\":\"besok\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("Wajib diisi."))
			.andExpect(jsonPath("$.errors.capacityPerBatch", startsWith("Isi dengan bilangan bulat lebih dari 0")));

		this.mvc
			.perform(post("/api/v1/programs").with(staff())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Tanggal salah\",\"type\":\"PKK\",\"status\":\"ACTIVE\","
						+ "\"nextBatchStartsOn\":\"besok\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.nextBatchStartsOn", startsWith("Isi tanggal yang benar")));

		this.mvc.perform(post("/api/v1/programs/{id}/archive", id).with(staff()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
		this.mvc.perform(get("/api/v1/programs/{id}", id).with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isNotFound());
	}

	@Test
	void readersSeeNoEditButtons() throws Exception {
		Program program = ProgramMother.createIn(this.programs, this.bandung, "Program Baca " + UUID.randomUUID());
		this.mvc.perform(get("/programs/{id}", program.getId()).with(staff()))
			.andExpect(content().string(containsString("data-testid=\"edit-program\"")));
		this.mvc.perform(get("/programs/new").with(SignedIn.as(this.users, "pendamping")))
			.andExpect(status().isForbidden());
	}

	private Program programIn(UUID id) {
		return TenantContext.callAs(this.bandung, () -> this.programs.get(id));
	}

	private long count() {
		return TenantContext.callAs(this.bandung,
				() -> this.programs.list(false, PageRequest.of(0, 1)).getTotalElements()
						+ this.programs.list(true, PageRequest.of(0, 1)).getTotalElements());
	}

	private RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

}
