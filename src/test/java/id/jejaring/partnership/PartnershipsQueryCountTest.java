package id.jejaring.partnership;

import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.needs.Needs;
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
 * The partnership list and its API run a fixed number of statements however many
 * partnerships (and parties) a page shows: the page, the count, the parties with their
 * names, and the staff for the owners.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipsQueryCountTest {

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

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void statementsDoNotGrowWithThePartnershipsShown() throws Exception {
		PartnershipMother mother = this.partnershipMother;
		UUID bandung = mother.bandung();
		for (String url : new String[] { "/partnerships?q=Kemitraan", "/api/v1/partnerships?q=Kemitraan",
				"/partnerships" }) {
			mother.partnership(bandung);
			long before = statementsFor(url);
			mother.partnership(bandung);
			mother.partnership(bandung);
			long after = statementsFor(url);
			assertThat(after).as("SQL statements for %s after adding partnerships", url).isEqualTo(before);
			assertThat(before).as("SQL statements for %s", url).isLessThanOrEqualTo(8);
		}
	}

	private long statementsFor(String url) throws Exception {
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
