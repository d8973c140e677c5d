package id.jejaring.identity;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing route refuses a browser session's request without a CSRF token;
 * only a request carrying a personal API token (which a browser never adds by itself)
 * goes without one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsrfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

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
	void stateChangingRoutesAreFound() {
		assertThat(changingRoutes()).extracting(Route::toString)
			.contains("POST /users", "POST /users/{id}/deactivate", "PUT /api/v1/institution", "POST /locale");
	}

	@TestFactory
	Stream<DynamicTest> withoutATokenASignedInManagerIsRefused() {
		return changingRoutes().stream().map((route) -> DynamicTest.dynamicTest(route.toString(), () -> {
			MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()),
					route.path(UUID.randomUUID()))
				.with(this.signedIn.as("pengelola.bandung"));
			if (route.isApi()) {
				request.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Tanpa CSRF\",\"version\":0}");
			}
			else {
				request.param("version", "0");
			}
			this.mvc.perform(request).andExpect(status().isForbidden());
		}));
	}

	@Test
	void signInAndSignOutNeedATokenToo() throws Exception {
		this.mvc.perform(post("/login").param("username", "pengelola.bandung").param("password", DemoData.PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(this.signedIn.as("pengelola.bandung"))).andExpect(status().isForbidden());
	}

	@Test
	void aPersonalApiTokenNeedsNoCsrfToken() throws Exception {
		UUID institution = this.mother.institution();
		UserAccount manager = this.mother.managerOf(institution);
		String token = this.tokens.create(manager.getId(), "csrf-test");

		String current = this.mvc.perform(get("/api/v1/institution").header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		DocumentContext body = JsonPath.parse(current);
		long version = ((Number) body.read("$.version")).longValue();
		body.set("$.headName", "Kepala Baru")
			.delete("$.id")
			.delete("$.regionName")
			.delete("$.profileCompletenessPercent");

		this.mvc
			.perform(put("/api/v1/institution").header(HttpHeaders.AUTHORIZATION, bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.jsonString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headName").value("Kepala Baru"))
			.andExpect(jsonPath("$.version").value(version + 1));
		assertThat(this.institutions.find(institution).orElseThrow().getHeadName()).isEqualTo("Kepala Baru");
	}

	private List<Route> changingRoutes() {
		return Route.all(this.mapping).stream().filter(Route::changesState).toList();
	}

	static String bearer(String token) {
		return "Bearer " + token;
	}

}
