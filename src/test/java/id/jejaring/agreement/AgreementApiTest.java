package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.jejaring.SignedIn;
import id.jejaring.partnership.Partnership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements in the JSON API: a draft from the clause library through ready, the signed
 * scan and the signing days to signed (the manager's step, refused to staff); a refused
 * step answers 422 with what is missing in the caller's language; bad input 400 with the
 * field messages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementApiTest {

	@Autowired
	AgreementMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.partnerships().bandung();
	}

	RequestPostProcessor as(String username) {
		return SignedIn.as(this.users, username);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
	}

	private String draftBody(Partnership partnership, LocalDate from, LocalDate until, String clauses) {
		UUID partnerId = partnership.partnerIds().get(0);
		return "{\"kind\":\"MOU\",\"effectiveFrom\":\"" + from + "\",\"effectiveUntil\":\"" + until + "\","
				+ "\"parties\":[{\"name\":\"LKP Terampil Mandiri\",\"signatoryName\":\"Ibu Rina\","
				+ "\"signatoryPosition\":\"Pimpinan\"},{\"partnerId\":\"" + partnerId
				+ "\",\"name\":\"Mitra\",\"signatoryName\":\"Bapak Joko\",\"signatoryPosition\":\"Direktur\"}]"
				+ ((clauses != null) ? ",\"clauses\":" + clauses : "") + "}";
	}

	private String created(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aDraftGoesThroughReadyScanAndSignaturesToSigned() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		LocalDate today = this.agreements.today();
		String draft = created(this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/agreements", partnership.getId()),
					draftBody(partnership, today.minusDays(10), today.plusDays(200), null))
				.with(as("staf.bandung")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.clauses[*].type", hasItem("FUNDING")))
			.andExpect(jsonPath("$.parties.length()").value(2))
			.andReturn()
			.getResponse());
		String id = JsonPath.read(draft, "$.id");
		int version = JsonPath.read(draft, "$.version");

		String ready = created(this.mvc
			.perform(json(post("/api/v1/agreements/{id}/ready", id), "{\"version\":" + version + "}")
				.with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("READY_TO_SIGN"))
			.andExpect(jsonPath("$.letterNumber").isNotEmpty())
			.andReturn()
			.getResponse());
		version = JsonPath.read(ready, "$.version");

		String scan = created(
				this.mvc
					.perform(multipart("/api/v1/agreements/{id}/scans", id)
						.file(new MockMultipartFile("file", "ditandatangani.pdf", "application/pdf",
								AgreementMother.PDF))
						.with(csrf())
						.with(as("staf.bandung")))
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.contentType").value("application/pdf"))
					.andReturn()
					.getResponse());
		String scanId = JsonPath.read(scan, "$.id");
		this.mvc.perform(get("/api/v1/agreements/{id}/scans/{otherId}", id, scanId).with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
		this.mvc.perform(get("/api/v1/agreements/{id}/scans", id).with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(scanId));

		String signatures = created(
				this.mvc
					.perform(json(post("/api/v1/agreements/{id}/signatures", id),
							"{\"version\":" + version + ",\"signedOn\":[\"" + today + "\",\"" + today.minusDays(1)
									+ "\"]}")
						.with(as("staf.bandung")))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.parties[1].signedOn").value(today.minusDays(1).toString()))
					.andReturn()
					.getResponse());
		int signedVersion = JsonPath.read(signatures, "$.version");

		this.mvc
			.perform(json(post("/api/v1/agreements/{id}/signed", id), "{\"version\":" + signedVersion + "}")
				.with(as("staf.bandung")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/agreements/{id}/signed", id), "{\"version\":" + signedVersion + "}")
				.with(as("pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_FORCE"))
			.andExpect(jsonPath("$.signedAt").isNotEmpty())
			.andExpect(jsonPath("$.agreementDate").value(today.toString()));

		String versions = created(this.mvc.perform(get("/api/v1/agreements/{id}/versions", id).with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value(1))
			.andReturn()
			.getResponse());
		String versionId = JsonPath.read(versions, "$[0].id");
		this.mvc.perform(get("/api/v1/agreements/{id}/versions/{otherId}", id, versionId).with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clauses[*].type", hasItem("FUNDING")));
		this.mvc
			.perform(json(post("/api/v1/agreements/{id}/versions/{otherId}/sent", id, versionId),
					"{\"sentOn\":\"" + today + "\",\"sentTo\":\"Bapak Joko\"}")
				.with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sentTo").value("Bapak Joko"));
		this.mvc
			.perform(get("/api/v1/agreements").param("status", "IN_FORCE")
				.param("partnershipId", partnership.getId().toString())
				.with(as("staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].parties.length()").value(2));
	}

	@Test
	void markingReadyWithoutARequiredArticleAnswers422WithWhatIsMissing() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		String clauses = "[{\"type\":\"BACKGROUND\",\"title\":\"Latar Belakang\",\"body\":\"Para pihak bekerja sama.\"}]";
		String draft = created(this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/agreements", partnership.getId()),
					draftBody(partnership, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), clauses))
				.with(as("pengelola.bandung")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse());
		String id = JsonPath.read(draft, "$.id");
		int version = JsonPath.read(draft, "$.version");
		this.mvc
			.perform(json(post("/api/v1/agreements/{id}/ready", id), "{\"version\":" + version + "}")
				.with(as("pengelola.bandung")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing[*].code", hasItem("agreement.missing.clause")))
			.andExpect(jsonPath("$.missing[*].message", hasItem("Pasal wajib belum ada: Pembiayaan.")));
		assertThat(this.mother.partnerships()
			.as(this.bandung, () -> this.agreements.get(UUID.fromString(id)).getLetterNumber())).isNull();
	}

	@Test
	void badInputAnswers400WithTheFieldMessages() throws Exception {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/agreements", partnership.getId()),
					"{\"effectiveFrom\":\"2026-02-31\",\"effectiveUntil\":\"31-12-2026\"}")
				.with(as("staf.bandung")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.kind").value("Pilih jenis perjanjian."))
			.andExpect(jsonPath("$.errors.effectiveFrom").value("Isi tanggal yang benar."))
			.andExpect(jsonPath("$.errors.effectiveUntil").value("Isi tanggal yang benar."));
		this.mvc
			.perform(json(post("/api/v1/partnerships/{id}/agreements", partnership.getId()),
					"{\"kind\":\"MOU\",\"title\":\" \",\"parties\":[{\"name\":\"Hanya satu\"}]}")
				.with(as("staf.bandung")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").value("Isi judul perjanjian."))
			.andExpect(jsonPath("$.errors.parties").value("Perjanjian memerlukan sedikitnya dua pihak."));
		assertThat(
				this.mother.partnerships().as(this.bandung, () -> this.agreements.forPartnership(partnership.getId())))
			.isEqualTo(List.of());
	}

	@Test
	void aCheckOfTheWholeBodyIsSaidInTheDetail() throws Exception {
		Agreement ready = this.mother.ready(this.bandung);
		this.mvc
			.perform(json(post("/api/v1/agreements/{id}/signatures", ready.getId()),
					"{\"version\":" + ready.getVersion() + ",\"signedOn\":[\"" + this.agreements.today() + "\"]}")
				.with(as("staf.bandung")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Isi tanggal untuk setiap pihak."));
	}

}
