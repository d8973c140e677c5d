package id.jejaring.ui;

import id.jejaring.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's "Program & capaian" panel on the Bandung demo data: the active programs
 * and the latest year's enrolment and placement rate against the year before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardProgramsPanelTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theManagerSeesTheLatestYearAgainstTheOneBefore() throws Exception {
		this.mvc.perform(get("/").with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Program &amp; capaian"), containsString("program aktif"),
					containsString("Peserta 2026: 176"), containsString("Tingkat penempatan kerja: 46,3%"),
					containsString("figure-rise"))));
	}

	@Test
	void anInstitutionWithoutFiguresSaysSo() throws Exception {
		this.mvc.perform(get("/").with(SignedIn.as(this.users, "pengelola.semarang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum ada capaian tahunan yang dicatat")));
	}

}
