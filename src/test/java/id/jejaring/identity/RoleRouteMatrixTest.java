package id.jejaring.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may call which route: an explicit matrix of every route of our controllers. A new
 * route without a line here fails the build; each route is replayed as each role (signed
 * in as the demo user of that role) and anonymously. Allowed callers must not be refused
 * (nor crash); the others get 403, anonymous callers the sign-in page (HTML) or a 401
 * problem (API). Ids are random, so allowed calls find nothing and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleRouteMatrixTest {

	enum Caller {

		ANONYMOUS(null), PLATFORM_ADMIN("admin"), MANAGER("pengelola.bandung"), STAFF("staf.bandung"),
		FACILITATOR("pendamping"), SUPERVISOR("pengawas.jabar");

		final String username;

		Caller(String username) {
			this.username = username;
		}

	}

	static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

	static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));

	static final Set<Caller> INSTITUTION = EnumSet.of(Caller.MANAGER, Caller.STAFF);

	static final Set<Caller> MANAGER = EnumSet.of(Caller.MANAGER);

	/** Institution users, and overseers visiting an institution (Access.READ). */
	static final Set<Caller> READ = EnumSet.of(Caller.MANAGER, Caller.STAFF, Caller.FACILITATOR, Caller.SUPERVISOR,
			Caller.PLATFORM_ADMIN);

	static final Set<Caller> ADMIN = EnumSet.of(Caller.PLATFORM_ADMIN);

	static final Set<Caller> OVERSIGHT = EnumSet.of(Caller.FACILITATOR, Caller.SUPERVISOR, Caller.PLATFORM_ADMIN);

	/** Route → callers allowed. Keep in step with the controllers' rules. */
	static final Map<String, Set<Caller>> MATRIX = Map.ofEntries(
			// sign-in, language, dashboard
			Map.entry("GET /login", EVERYONE), Map.entry("POST /locale", EVERYONE), Map.entry("GET /", SIGNED_IN),
			Map.entry("GET /regions/picker", SIGNED_IN),
			// own account
			Map.entry("GET /account", SIGNED_IN), Map.entry("GET /account/password", SIGNED_IN),
			Map.entry("POST /account/password", SIGNED_IN), Map.entry("POST /account/tokens", SIGNED_IN),
			Map.entry("POST /account/tokens/{id}/revoke", SIGNED_IN), Map.entry("GET /api/v1/me", SIGNED_IN),
			// institution profile
			Map.entry("GET /institution", READ), Map.entry("GET /institution/edit", MANAGER),
			Map.entry("POST /institution", MANAGER), Map.entry("GET /institution/history", MANAGER),
			Map.entry("GET /api/v1/institution", INSTITUTION), Map.entry("PUT /api/v1/institution", MANAGER),
			// programs (issue 3)
			Map.entry("GET /programs", READ), Map.entry("GET /programs/new", INSTITUTION),
			Map.entry("POST /programs", INSTITUTION), Map.entry("GET /programs/{id}", READ),
			Map.entry("GET /programs/{id}/edit", INSTITUTION), Map.entry("POST /programs/{id}", INSTITUTION),
			Map.entry("POST /programs/{id}/archive", INSTITUTION),
			Map.entry("POST /programs/{id}/restore", INSTITUTION), Map.entry("GET /api/v1/programs", READ),
			Map.entry("GET /api/v1/programs/{id}", READ), Map.entry("POST /api/v1/programs", INSTITUTION),
			Map.entry("PUT /api/v1/programs/{id}", INSTITUTION),
			Map.entry("POST /api/v1/programs/{id}/archive", INSTITUTION),
			Map.entry("POST /api/v1/programs/{id}/restore", INSTITUTION),
			// yearly figures (issue 3)
			Map.entry("GET /figures", READ), Map.entry("GET /figures/new", INSTITUTION),
			Map.entry("POST /figures", INSTITUTION), Map.entry("GET /figures/{id}", READ),
			Map.entry("GET /figures/{id}/edit", INSTITUTION), Map.entry("POST /figures/{id}", INSTITUTION),
			Map.entry("GET /api/v1/figures", READ), Map.entry("GET /api/v1/figures/{id}", READ),
			Map.entry("POST /api/v1/figures", INSTITUTION), Map.entry("PUT /api/v1/figures/{id}", INSTITUTION),
			// self-assessments (issue 3)
			Map.entry("GET /self-assessments", READ), Map.entry("GET /self-assessments/new", INSTITUTION),
			Map.entry("POST /self-assessments", INSTITUTION), Map.entry("GET /self-assessments/{id}", READ),
			Map.entry("GET /self-assessments/{id}/edit", INSTITUTION),
			Map.entry("POST /self-assessments/{id}", INSTITUTION), Map.entry("GET /api/v1/self-assessments", READ),
			Map.entry("GET /api/v1/self-assessments/{id}", READ),
			Map.entry("POST /api/v1/self-assessments", INSTITUTION),
			Map.entry("PUT /api/v1/self-assessments/{id}", INSTITUTION),
			// staff of the institution
			Map.entry("GET /users", MANAGER), Map.entry("GET /users/new", MANAGER), Map.entry("POST /users", MANAGER),
			Map.entry("GET /users/{id}/edit", MANAGER), Map.entry("POST /users/{id}", MANAGER),
			Map.entry("POST /users/{id}/deactivate", MANAGER), Map.entry("POST /users/{id}/activate", MANAGER),
			Map.entry("POST /users/{id}/reset-password", MANAGER),
			// oversight
			Map.entry("GET /oversight", OVERSIGHT), Map.entry("GET /oversight/institutions/{id}", OVERSIGHT),
			Map.entry("POST /oversight/institutions/{id}/visit", OVERSIGHT),
			Map.entry("POST /oversight/leave", OVERSIGHT),
			// platform admin
			Map.entry("GET /admin/institutions", ADMIN), Map.entry("GET /admin/institutions/new", ADMIN),
			Map.entry("POST /admin/institutions", ADMIN), Map.entry("GET /admin/users", ADMIN),
			Map.entry("GET /admin/users/new", ADMIN), Map.entry("POST /admin/users", ADMIN),
			Map.entry("GET /admin/users/{id}/edit", ADMIN), Map.entry("POST /admin/users/{id}", ADMIN),
			Map.entry("POST /admin/users/{id}/deactivate", ADMIN), Map.entry("POST /admin/users/{id}/activate", ADMIN),
			Map.entry("POST /admin/users/{id}/reset-password", ADMIN), Map.entry("GET /admin/security-log", ADMIN),
			// needs: program requirements, needs board, partner categories
			Map.entry("GET /programs/{id}/requirements", READ),
			Map.entry("POST /programs/{id}/requirements", INSTITUTION),
			Map.entry("GET /requirements/{id}/edit", INSTITUTION), Map.entry("POST /requirements/{id}", INSTITUTION),
			Map.entry("POST /requirements/{id}/delete", INSTITUTION), Map.entry("GET /needs", READ),
			Map.entry("GET /needs/new", INSTITUTION), Map.entry("POST /needs", INSTITUTION),
			Map.entry("GET /needs/{id}", READ), Map.entry("GET /needs/{id}/edit", INSTITUTION),
			Map.entry("POST /needs/{id}", INSTITUTION), Map.entry("POST /needs/{id}/status", INSTITUTION),
			Map.entry("POST /needs/{id}/move-up", MANAGER), Map.entry("POST /needs/{id}/move-down", MANAGER),
			Map.entry("POST /needs/apply-suggested-order", MANAGER), Map.entry("GET /needs/export.xlsx", READ),
			Map.entry("GET /api/v1/needs", READ), Map.entry("GET /api/v1/needs/{id}", READ),
			Map.entry("POST /api/v1/needs", INSTITUTION), Map.entry("PUT /api/v1/needs/{id}", INSTITUTION),
			Map.entry("POST /api/v1/needs/{id}/status", INSTITUTION),
			Map.entry("POST /api/v1/needs/{id}/move", MANAGER),
			Map.entry("POST /api/v1/needs/apply-suggested-order", MANAGER),
			Map.entry("GET /api/v1/programs/{id}/requirements", READ),
			Map.entry("POST /api/v1/programs/{id}/requirements", INSTITUTION),
			Map.entry("PUT /api/v1/requirements/{id}", INSTITUTION),
			Map.entry("DELETE /api/v1/requirements/{id}", INSTITUTION),
			Map.entry("GET /api/v1/partner-categories", READ),
			// partner registry (issue 4)
			Map.entry("GET /partners", READ), Map.entry("GET /partners/export.xlsx", INSTITUTION),
			Map.entry("GET /partners/export.csv", INSTITUTION), Map.entry("GET /partners/import", INSTITUTION),
			Map.entry("POST /partners/import", INSTITUTION),
			Map.entry("GET /partners/import/template.xlsx", INSTITUTION),
			Map.entry("GET /partners/import/template.csv", INSTITUTION),
			Map.entry("GET /partners/import/preview", INSTITUTION),
			Map.entry("POST /partners/import/confirm", INSTITUTION),
			Map.entry("POST /partners/import/cancel", INSTITUTION),
			// partner import of large files in the background (issue 4)
			Map.entry("GET /partners/import/jobs/{id}", INSTITUTION),
			Map.entry("GET /partners/import/jobs/{id}/progress", INSTITUTION),
			Map.entry("POST /partners/import/jobs/{id}/confirm", INSTITUTION),
			Map.entry("POST /partners/import/jobs/{id}/restart", INSTITUTION),
			Map.entry("POST /partners/import/jobs/{id}/cancel", INSTITUTION),
			Map.entry("GET /partners/new", INSTITUTION), Map.entry("POST /partners", INSTITUTION),
			Map.entry("GET /partners/{id}", READ), Map.entry("GET /partners/{id}/edit", INSTITUTION),
			Map.entry("POST /partners/{id}", INSTITUTION), Map.entry("POST /partners/{id}/archive", INSTITUTION),
			Map.entry("POST /partners/{id}/restore", INSTITUTION),
			Map.entry("POST /partners/{id}/contacts", INSTITUTION), Map.entry("GET /contacts/{id}/edit", INSTITUTION),
			Map.entry("POST /contacts/{id}", INSTITUTION), Map.entry("POST /contacts/{id}/delete", INSTITUTION),
			Map.entry("GET /api/v1/partners", READ), Map.entry("GET /api/v1/partners/{id}", READ),
			Map.entry("POST /api/v1/partners", INSTITUTION), Map.entry("PUT /api/v1/partners/{id}", INSTITUTION),
			Map.entry("POST /api/v1/partners/{id}/archive", INSTITUTION),
			Map.entry("GET /api/v1/partners/{id}/contacts", READ),
			Map.entry("POST /api/v1/partners/{id}/contacts", INSTITUTION),
			Map.entry("PUT /api/v1/contacts/{id}", INSTITUTION), Map.entry("DELETE /api/v1/contacts/{id}", INSTITUTION),
			// partner map and gaps (issue 4)
			Map.entry("GET /partners/map", READ), Map.entry("GET /api/v1/partners/map", READ),
			Map.entry("GET /partners/gaps", READ), Map.entry("GET /api/v1/partners/gaps", READ),
			// partner merge and deletion check (issue 4)
			Map.entry("GET /partners/{id}/merge", MANAGER), Map.entry("GET /partners/{id}/merge/{otherId}", MANAGER),
			Map.entry("POST /partners/{id}/merge/{otherId}", MANAGER), Map.entry("POST /partners/{id}/delete", MANAGER),
			// pipeline board, table, export and partner recommendation (issue 5, h6)
			Map.entry("GET /partnerships/board", READ), Map.entry("POST /partnerships/board/{id}/move", INSTITUTION),
			Map.entry("GET /partnerships/table", READ), Map.entry("GET /partnerships/export.xlsx", READ),
			Map.entry("GET /api/v1/partnerships/board", READ), Map.entry("GET /needs/{id}/partners", READ),
			Map.entry("POST /needs/{id}/partners", INSTITUTION),
			Map.entry("GET /api/v1/needs/{id}/recommendations", READ),
			// interactions, analyses and explorations (issue 5, h5)
			Map.entry("GET /partners/{id}/interactions", READ), Map.entry("GET /partnerships/{id}/interactions", READ),
			Map.entry("GET /interactions/new", INSTITUTION), Map.entry("POST /interactions", INSTITUTION),
			Map.entry("GET /interactions/{id}", READ), Map.entry("GET /interactions/{id}/edit", INSTITUTION),
			Map.entry("POST /interactions/{id}", INSTITUTION), Map.entry("POST /interactions/{id}/delete", INSTITUTION),
			Map.entry("POST /interactions/{id}/follow-up", INSTITUTION),
			Map.entry("POST /interactions/{id}/attachments", INSTITUTION),
			Map.entry("GET /interactions/attachments/{id}", READ),
			Map.entry("POST /interactions/attachments/{id}/delete", INSTITUTION),
			Map.entry("GET /api/v1/interactions", READ), Map.entry("GET /api/v1/interactions/{id}", READ),
			Map.entry("POST /api/v1/interactions", INSTITUTION),
			Map.entry("PUT /api/v1/interactions/{id}", INSTITUTION),
			Map.entry("DELETE /api/v1/interactions/{id}", INSTITUTION),
			Map.entry("POST /api/v1/interactions/{id}/follow-up", INSTITUTION),
			Map.entry("GET /api/v1/interactions/{id}/attachments", READ),
			Map.entry("POST /api/v1/interactions/{id}/attachments", INSTITUTION),
			Map.entry("GET /api/v1/interactions/attachments/{id}", READ),
			Map.entry("DELETE /api/v1/interactions/attachments/{id}", INSTITUTION),
			Map.entry("GET /partnerships/{id}/analyses", READ),
			Map.entry("GET /partnerships/{id}/analyses/{otherId}", READ),
			Map.entry("POST /partnerships/{id}/analyses/{otherId}", INSTITUTION),
			Map.entry("GET /partnerships/{id}/explorations", READ),
			Map.entry("GET /partnerships/{id}/explorations/new", INSTITUTION),
			Map.entry("POST /partnerships/{id}/explorations", INSTITUTION),
			Map.entry("GET /partnerships/{id}/explorations/{otherId}/edit", INSTITUTION),
			Map.entry("POST /partnerships/{id}/explorations/{otherId}", INSTITUTION),
			Map.entry("GET /api/v1/partnerships/{id}/analyses", READ),
			Map.entry("PUT /api/v1/partnerships/{id}/analyses/{otherId}", INSTITUTION),
			Map.entry("GET /api/v1/partnerships/{id}/explorations", READ),
			Map.entry("POST /api/v1/partnerships/{id}/explorations", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/explorations/{otherId}", INSTITUTION),
			// partnership pages and API (issue 5, h4)
			Map.entry("GET /partnerships", READ), Map.entry("GET /partnerships/new", INSTITUTION),
			Map.entry("POST /partnerships", INSTITUTION), Map.entry("GET /partnerships/{id}", READ),
			Map.entry("GET /partnerships/{id}/edit", INSTITUTION), Map.entry("POST /partnerships/{id}", INSTITUTION),
			Map.entry("POST /partnerships/{id}/move", INSTITUTION),
			Map.entry("POST /partnerships/{id}/status", INSTITUTION),
			Map.entry("GET /partnerships/party-search", INSTITUTION),
			Map.entry("GET /partnerships/party-row", INSTITUTION), Map.entry("GET /api/v1/partnerships", READ),
			Map.entry("GET /api/v1/partnerships/{id}", READ), Map.entry("POST /api/v1/partnerships", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}", INSTITUTION),
			Map.entry("POST /api/v1/partnerships/{id}/move", INSTITUTION),
			Map.entry("POST /api/v1/partnerships/{id}/status", INSTITUTION),
			Map.entry("GET /api/v1/partnerships/{id}/history", READ),
			Map.entry("GET /api/v1/partnerships/{id}/gate", READ),
			// agreements (issue 6): pages
			Map.entry("GET /partnerships/{id}/agreements", READ),
			Map.entry("GET /partnerships/{id}/agreements/new", INSTITUTION),
			Map.entry("POST /partnerships/{id}/agreements", INSTITUTION), Map.entry("GET /agreements/{id}", READ),
			Map.entry("GET /agreements/{id}/edit", INSTITUTION), Map.entry("POST /agreements/{id}", INSTITUTION),
			Map.entry("POST /agreements/{id}/ready", INSTITUTION),
			Map.entry("POST /agreements/{id}/signatures", INSTITUTION),
			Map.entry("POST /agreements/{id}/scans", INSTITUTION),
			Map.entry("GET /agreements/{id}/scans/{otherId}", READ), Map.entry("POST /agreements/{id}/signed", MANAGER),
			Map.entry("POST /agreements/{id}/terminate", MANAGER),
			Map.entry("POST /agreements/{id}/renew", INSTITUTION), Map.entry("GET /agreements/{id}/compare", READ),
			Map.entry("POST /agreements/{id}/versions/{otherId}/sent", INSTITUTION),
			Map.entry("GET /agreements/settings", READ), Map.entry("POST /agreements/settings", MANAGER),
			Map.entry("GET /agreements/library", READ), Map.entry("POST /agreements/library", MANAGER),
			Map.entry("POST /agreements/library/reset", MANAGER), Map.entry("GET /agreements/attention", READ),
			// notifications (issue 6, h2): every signed-in user has their own
			Map.entry("GET /notifications", SIGNED_IN), Map.entry("GET /notifications/count", SIGNED_IN),
			Map.entry("POST /notifications/{id}/read", SIGNED_IN), Map.entry("POST /notifications/read-all", SIGNED_IN),
			// agreement documents (issue 6, h1)
			Map.entry("GET /agreements/{id}/document.pdf", READ), Map.entry("GET /agreements/{id}/document.docx", READ),
			Map.entry("GET /agreements/{id}/versions/{otherId}/document.pdf", READ),
			// agreements register, export, calendar feed and API (issue 6, h3)
			Map.entry("GET /agreements", READ), Map.entry("GET /agreements/export.xlsx", READ),
			Map.entry("GET /agreements/calendar", INSTITUTION),
			Map.entry("POST /agreements/calendar/renew", INSTITUTION),
			Map.entry("POST /agreements/calendar/revoke", INSTITUTION),
			Map.entry("GET /calendar/agreements.ics", EVERYONE), Map.entry("GET /api/v1/agreements", READ),
			Map.entry("GET /api/v1/agreements/{id}", READ),
			Map.entry("POST /api/v1/partnerships/{id}/agreements", INSTITUTION),
			Map.entry("PUT /api/v1/agreements/{id}", INSTITUTION),
			Map.entry("POST /api/v1/agreements/{id}/ready", INSTITUTION),
			Map.entry("POST /api/v1/agreements/{id}/signatures", INSTITUTION),
			Map.entry("POST /api/v1/agreements/{id}/signed", MANAGER),
			Map.entry("POST /api/v1/agreements/{id}/terminate", MANAGER),
			Map.entry("POST /api/v1/agreements/{id}/renew", INSTITUTION),
			Map.entry("GET /api/v1/agreements/{id}/versions", READ),
			Map.entry("GET /api/v1/agreements/{id}/versions/{otherId}", READ),
			Map.entry("POST /api/v1/agreements/{id}/versions/{otherId}/sent", INSTITUTION),
			Map.entry("GET /api/v1/agreements/{id}/scans", READ),
			Map.entry("POST /api/v1/agreements/{id}/scans", INSTITUTION),
			Map.entry("GET /api/v1/agreements/{id}/scans/{otherId}", READ),
			// work plan (issue 7, h4)
			Map.entry("GET /partnerships/{id}/work-plan", READ),
			Map.entry("GET /partnerships/{id}/work-plan/page", READ),
			Map.entry("GET /partnerships/{id}/work-plan/export.xlsx", READ),
			Map.entry("GET /partnerships/{id}/report.pdf", READ),
			Map.entry("POST /partnerships/{id}/work-plan/objectives", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/objectives/{otherId}", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/objectives/{otherId}/delete", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/indicators", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/indicators/{otherId}", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/indicators/{otherId}/delete", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/activities", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/activities/{otherId}", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/activities/{otherId}/delete", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/activities/{otherId}/contributions", INSTITUTION),
			Map.entry("POST /partnerships/{id}/work-plan/contributions/{otherId}/delete", INSTITUTION),
			Map.entry("GET /api/v1/partnerships/{id}/work-plan", READ),
			Map.entry("POST /api/v1/partnerships/{id}/work-plan/objectives", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/work-plan/objectives/{otherId}", INSTITUTION),
			Map.entry("DELETE /api/v1/partnerships/{id}/work-plan/objectives/{otherId}", INSTITUTION),
			Map.entry("POST /api/v1/partnerships/{id}/work-plan/indicators", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/work-plan/indicators/{otherId}", INSTITUTION),
			Map.entry("DELETE /api/v1/partnerships/{id}/work-plan/indicators/{otherId}", INSTITUTION),
			Map.entry("POST /api/v1/partnerships/{id}/work-plan/activities", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/work-plan/activities/{otherId}", INSTITUTION),
			Map.entry("DELETE /api/v1/partnerships/{id}/work-plan/activities/{otherId}", INSTITUTION),
			Map.entry("POST /api/v1/partnerships/{id}/work-plan/activities/{otherId}/contributions", INSTITUTION),
			Map.entry("DELETE /api/v1/partnerships/{id}/work-plan/contributions/{otherId}", INSTITUTION),
			// monitoring and joint evaluation (issue 7, h2)
			Map.entry("GET /partnerships/{id}/monitoring", READ),
			Map.entry("GET /partnerships/{id}/monitoring/page", READ),
			Map.entry("GET /partnerships/{id}/monitoring/new", INSTITUTION),
			Map.entry("POST /partnerships/{id}/monitoring/new", INSTITUTION),
			Map.entry("GET /partnerships/{id}/monitoring/{otherId}", INSTITUTION),
			Map.entry("POST /partnerships/{id}/monitoring/{otherId}", INSTITUTION),
			Map.entry("POST /partnerships/{id}/monitoring/cadence", INSTITUTION),
			Map.entry("POST /partnerships/{id}/monitoring/follow-ups/{otherId}/done", INSTITUTION),
			Map.entry("GET /partnerships/{id}/evaluation", READ),
			Map.entry("GET /partnerships/{id}/evaluation/form", INSTITUTION),
			Map.entry("POST /partnerships/{id}/evaluation/form", INSTITUTION),
			Map.entry("GET /evaluations/attention", READ), Map.entry("GET /api/v1/partnerships/{id}/monitoring", READ),
			Map.entry("PUT /api/v1/partnerships/{id}/monitoring/cadence", INSTITUTION),
			Map.entry("POST /api/v1/partnerships/{id}/monitoring", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/monitoring/{otherId}", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/monitoring/follow-ups/{otherId}", INSTITUTION),
			Map.entry("GET /api/v1/partnerships/{id}/evaluation", READ),
			Map.entry("PUT /api/v1/partnerships/{id}/evaluation/institution", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/evaluation/partners/{otherId}", INSTITUTION),
			// improvement and follow-up (issue 7, h3)
			Map.entry("GET /partnerships/{id}/follow-up", READ),
			Map.entry("GET /partnerships/{id}/follow-up/page", READ),
			Map.entry("POST /partnerships/{id}/follow-up/actions", INSTITUTION),
			Map.entry("POST /partnerships/{id}/follow-up/actions/{otherId}", INSTITUTION),
			Map.entry("POST /partnerships/{id}/follow-up/actions/{otherId}/status", INSTITUTION),
			Map.entry("POST /partnerships/{id}/follow-up/decision", MANAGER),
			Map.entry("GET /partnerships/{id}/next-cycle", INSTITUTION),
			Map.entry("POST /partnerships/{id}/next-cycle", INSTITUTION),
			Map.entry("POST /partnerships/{id}/renewals", INSTITUTION), Map.entry("GET /follow-up/attention", READ),
			Map.entry("GET /api/v1/partnerships/{id}/follow-up", READ),
			Map.entry("POST /api/v1/partnerships/{id}/follow-up/actions", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/follow-up/actions/{otherId}", INSTITUTION),
			Map.entry("PUT /api/v1/partnerships/{id}/follow-up/decision", MANAGER),
			Map.entry("POST /api/v1/partnerships/{id}/follow-up/next-cycle", INSTITUTION),
			Map.entry("POST /api/v1/partnerships/{id}/follow-up/renewals", INSTITUTION),
			// implementation of the work plan (issue 7, h1)
			Map.entry("GET /partnerships/{id}/implementation", READ),
			Map.entry("POST /partnerships/{id}/activities/{otherId}/status", INSTITUTION),
			Map.entry("POST /partnerships/{id}/activities/{otherId}/evidence", INSTITUTION),
			Map.entry("GET /partnerships/{id}/evidence/{otherId}", READ),
			Map.entry("POST /partnerships/{id}/evidence/{otherId}/verify", MANAGER),
			Map.entry("POST /partnerships/{id}/evidence/{otherId}/return", MANAGER),
			Map.entry("POST /partnerships/{id}/indicators/{otherId}/actuals", INSTITUTION),
			Map.entry("POST /partnerships/{id}/actuals/{otherId}/delete", INSTITUTION),
			Map.entry("GET /partnerships/{id}/work-plan/export.pdf", READ),
			Map.entry("GET /work-plans/attention", READ), Map.entry("GET /work-plans/settings", MANAGER),
			Map.entry("POST /work-plans/settings", MANAGER),
			Map.entry("GET /api/v1/partnerships/{id}/implementation", READ),
			Map.entry("PUT /api/v1/partnerships/{id}/activities/{otherId}/status", INSTITUTION),
			Map.entry("GET /api/v1/partnerships/{id}/evidence", READ),
			Map.entry("POST /api/v1/partnerships/{id}/activities/{otherId}/evidence", INSTITUTION),
			Map.entry("GET /api/v1/partnerships/{id}/evidence/{otherId}", READ),
			Map.entry("POST /api/v1/partnerships/{id}/evidence/{otherId}/verify", MANAGER),
			Map.entry("POST /api/v1/partnerships/{id}/evidence/{otherId}/return", MANAGER),
			Map.entry("GET /api/v1/partnerships/{id}/actuals", READ),
			Map.entry("PUT /api/v1/partnerships/{id}/indicators/{otherId}/actuals", INSTITUTION));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JejaringUserDetailsService userDetails;

	SignedIn signedIn;

	@BeforeEach
	void setUp() {
		this.signedIn = new SignedIn(this.userDetails);
	}

	@Test
	void everyRouteIsInTheMatrix() {
		List<String> discovered = Route.all(this.mapping).stream().map(Route::toString).toList();
		assertThat(discovered).as("routes of our controllers").isNotEmpty().contains("GET /users/{id}/edit");
		assertThat(discovered).as("routes missing from RoleRouteMatrixTest.MATRIX: add a line saying who may call it")
			.allSatisfy((route) -> assertThat(MATRIX).containsKey(route));
		assertThat(MATRIX.keySet()).as("matrix lines for routes that no longer exist")
			.allSatisfy((route) -> assertThat(discovered).contains(route));
		assertThat(discovered).noneMatch(
				(route) -> route.contains("/error") || route.contains("/v3/api-docs") || route.contains("/swagger-ui"));
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsWhatTheMatrixSays() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : Route.all(this.mapping)) {
			Set<Caller> allowed = MATRIX.get(route.toString());
			if (allowed == null) {
				continue; // reported by everyRouteIsInTheMatrix
			}
			for (Caller caller : Caller.values()) {
				boolean mayCall = allowed.contains(caller);
				tests.add(DynamicTest.dynamicTest(route + " as " + caller + (mayCall ? " is allowed" : " is refused"),
						() -> check(route, caller, mayCall)));
			}
		}
		return tests.stream();
	}

	private void check(Route route, Caller caller, boolean mayCall) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()),
				route.path(UUID.randomUUID()))
			.with(csrf());
		if (route.isApi() && route.changesState()) {
			// Well-formed but stale: a manager gets 409 and nothing changes.
			request.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"LKP Matriks\",\"version\":-1}");
		}
		else if (route.changesState()) {
			// What every form sends; the rest is missing, so allowed callers see the form
			// again.
			request.param("version", "0");
		}
		if (caller.username != null) {
			request.with(this.signedIn.as(caller.username));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		if (mayCall) {
			assertThat(status).as("%s as %s: not refused", route, caller).isNotIn(401, 403);
			assertThat(status).as("%s as %s: no server error", route, caller).isLessThan(500);
			assertThat(redirect).as("%s as %s: not sent to sign in", route, caller)
				.satisfiesAnyOf((url) -> assertThat(url).isNull(), (url) -> assertThat(url).doesNotContain("/login"));
		}
		else if (caller == Caller.ANONYMOUS && route.isApi()) {
			assertThat(status).as("%s anonymously", route).isEqualTo(401);
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		else if (caller == Caller.ANONYMOUS) {
			assertThat(status).as("%s anonymously", route).isEqualTo(302);
			assertThat(redirect).as("%s anonymously", route).endsWith("/login");
		}
		else {
			assertThat(status).as("%s as %s", route, caller).isEqualTo(403);
		}
	}

}
