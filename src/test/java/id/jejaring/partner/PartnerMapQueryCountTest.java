package id.jejaring.partner;

import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map and the gap view run a fixed number of statements however many partners there
 * are: no query per marker, category or need.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerMapQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void statementsDoNotGrowWithThePartners() throws Exception {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		UUID bandung = mother.bandung();
		for (String url : new String[] { "/partners/map", "/api/v1/partners/map", "/partners/gaps",
				"/api/v1/partners/gaps" }) {
			add(mother, bandung);
			long before = statementsFor(url);
			add(mother, bandung);
			add(mother, bandung);
			long after = statementsFor(url);
			assertThat(after).as("SQL statements for %s after adding partners", url).isEqualTo(before);
			assertThat(before).as("SQL statements for %s", url).isLessThanOrEqualTo(6);
		}
	}

	private void add(PartnerMother mother, UUID bandung) {
		mother.partner(bandung, PartnerMapWebTest.located(PartnerMother.unique("PT Hitung Peta"), "FINANCE", "32.04.37",
				"-6.95", "107.61", PartnerStatus.ACTIVE, "hitung-peta"));
	}

	private long statementsFor(String url) throws Exception {
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
