package id.jejaring.identity;

import id.jejaring.institution.InstitutionManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A facilitator visits an assigned institution: its ordinary pages become readable (not
 * writable) until they leave.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OversightVisitTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JejaringUserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Test
	void facilitatorReadsAVisitedInstitutionUntilLeaving() throws Exception {
		var bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		// Sessions live in the database (Spring Session): the browser carries a SESSION
		// cookie.
		Cookie session = this.mvc
			.perform(post("/oversight/institutions/{id}/visit", bandung)
				.with(user(this.users.loadUserByUsername("pendamping")))
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LKP Terampil Mandiri")))
			.andExpect(content().string(containsString("hanya baca")));
		this.mvc.perform(get("/institution").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/institution/edit").cookie(session)).andExpect(status().isForbidden());

		this.mvc.perform(post("/oversight/leave").cookie(session).with(csrf())).andExpect(redirectedUrl("/oversight"));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/oversight"));
		this.mvc.perform(get("/institution").cookie(session)).andExpect(status().isNotFound());
	}

}
