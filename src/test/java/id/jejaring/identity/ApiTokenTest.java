package id.jejaring.identity;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import id.jejaring.institution.InstitutionManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens from creation on the account page to use, revocation, and the API's
 * problem answers (validation in the user's language, stale versions).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

	private static final Pattern SHOWN_TOKEN = Pattern.compile(">(jjr_[A-Za-z0-9_-]{20,})<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JejaringUserDetailsService userDetails;

	@Autowired
	UserManagement users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	ApiTokens tokens;

	SignedIn signedIn;

	UserAccountMother mother;

	@BeforeEach
	void setUp() {
		this.signedIn = new SignedIn(this.userDetails);
		this.mother = new UserAccountMother(this.users, this.institutions, this.accounts);
	}

	@Test
	void aTokenCreatedOnTheAccountPageActsAsItsOwnerWithoutASession() throws Exception {
		UserAccount staff = this.mother.staffOf(this.mother.bandung());
		Browser browser = new Browser(this.mvc);
		browser.signIn(staff.getUsername(), UserAccountMother.PASSWORD);

		MvcResult created = browser.perform(post("/account/tokens").param("name", "Spreadsheet").with(csrf()));
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/account");
		String page = browser.perform(get("/account")).getResponse().getContentAsString();
		Matcher shown = SHOWN_TOKEN.matcher(page);
		assertThat(shown.find()).as("the new token is shown once on the account page").isTrue();
		String token = shown.group(1);
		assertThat(browser.perform(get("/account")).getResponse().getContentAsString()).doesNotContain(token);

		MvcResult me = this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(staff.getUsername()))
			.andExpect(jsonPath("$.role").value("STAFF"))
			.andExpect(jsonPath("$.institutionId").value(this.mother.bandung().toString()))
			.andReturn();
		assertThat(me.getResponse().getCookie(Browser.SESSION_COOKIE)).as("token requests are stateless").isNull();
		assertThat(this.tokens.of(staff.getId())).singleElement()
			.satisfies((stored) -> assertThat(stored.getLastUsedAt()).isNotNull());
	}

	@Test
	void aRevokedOrUnknownTokenGets401Problem() throws Exception {
		UserAccount staff = this.mother.staffOf(this.mother.bandung());
		String token = this.tokens.create(staff.getId(), "dicabut");
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());

		UUID tokenId = this.tokens.of(staff.getId()).get(0).getId();
		this.mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(csrf()).with(this.signedIn.as(staff)))
			.andExpect(redirectedUrl("/account"));

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer jjr_tidak-ada-token-seperti-ini"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTokenOfADisabledUserGets401() throws Exception {
		UserAccount staff = this.mother.staffOf(this.mother.bandung());
		String token = this.tokens.create(staff.getId(), "nonaktif");
		this.mvc
			.perform(post("/users/{id}/deactivate", staff.getId()).with(csrf())
				.with(this.signedIn.as("pengelola.bandung")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void invalidInputGets400ProblemWithFieldMessagesInIndonesianByDefault() throws Exception {
		ManagerWithToken manager = managerWithToken();
		DocumentContext body = manager.currentProfile().set("$.phone", "12345");

		this.mvc.perform(manager.update(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Ada isian yang belum benar."))
			.andExpect(jsonPath("$.errors.phone").value(
					"Nomor telepon tidak valid. Gunakan nomor Indonesia, misalnya 0812-3456-7890 atau +62 812 3456 7890."));
		this.mvc.perform(manager.update(body).cookie(new Cookie("jejaring-lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.phone").value(
					"Not a valid phone number. Use an Indonesian number, such as 0812-3456-7890 or +62 812 3456 7890."));
		assertThat(this.institutions.find(manager.institution()).orElseThrow().getPhone()).isNull();
	}

	@Test
	void aStaleVersionGets409Problem() throws Exception {
		ManagerWithToken manager = managerWithToken();
		DocumentContext body = manager.currentProfile();
		long version = ((Number) body.read("$.version")).longValue();
		this.mvc.perform(manager.update(JsonPath.parse(body.jsonString()).set("$.headName", "Pertama")))
			.andExpect(status().isOk());

		// the second writer still holds the version read before the first write
		this.mvc.perform(manager.update(body.set("$.version", version).set("$.headName", "Kedua")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(startsWith("Data ini telah diubah")));
		assertThat(this.institutions.find(manager.institution()).orElseThrow().getHeadName()).isEqualTo("Pertama");
	}

	private ManagerWithToken managerWithToken() {
		UUID institution = this.mother.institution();
		UserAccount manager = this.mother.managerOf(institution);
		return new ManagerWithToken(institution, this.tokens.create(manager.getId(), "api-test"));
	}

	/** A manager of a throwaway institution, talking to the API with a token. */
	private final class ManagerWithToken {

		private final UUID institution;

		private final String token;

		ManagerWithToken(UUID institution, String token) {
			this.institution = institution;
			this.token = token;
		}

		UUID institution() {
			return this.institution;
		}

		/** The profile as read from the API, in the shape PUT accepts. */
		DocumentContext currentProfile() throws Exception {
			String json = ApiTokenTest.this.mvc
				.perform(get("/api/v1/institution").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			return JsonPath.parse(json).delete("$.id").delete("$.regionName").delete("$.profileCompletenessPercent");
		}

		MockHttpServletRequestBuilder update(DocumentContext body) {
			return put("/api/v1/institution").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.jsonString());
		}

	}

}
