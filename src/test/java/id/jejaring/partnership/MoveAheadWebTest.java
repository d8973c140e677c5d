package id.jejaring.partnership;

import id.jejaring.SignedIn;
import id.jejaring.needs.Needs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The jump ahead offers staff only the stages they may reach themselves: a jump that
 * leaves analysis (or enters signing) is the manager's, and would only end on the
 * access-denied page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MoveAheadWebTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Test
	void staffAreOfferedJumpsUpToAnalysisAndTheManagerAllOfThem() throws Exception {
		PartnershipMother mother = this.partnershipMother;
		Partnership partnership = mother.partnership(mother.bandung());

		this.mvc.perform(get("/partnerships/{id}", partnership.getId()).with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-testid=\"move-ahead\""), containsString("value=\"ANALYSIS\""),
						not(containsString("value=\"EXPLORATION\"")), not(containsString("value=\"SIGNING\"")))));
		this.mvc
			.perform(get("/partnerships/{id}", partnership.getId()).with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"ANALYSIS\""), containsString("value=\"EXPLORATION\""),
						containsString("value=\"SIGNING\""), containsString("value=\"FOLLOW_UP\""))));
	}

}
