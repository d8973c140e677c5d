package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.partnership.Partnership;
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
 * The register, its API and its export run a fixed number of statements however many
 * agreements (and parties) they show: the page and its count, the parties' names, the
 * partnerships' titles, the partner choices and the settings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementRegisterQueryCountTest {

	@Autowired
	AgreementMother mother;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void statementsDoNotGrowWithTheAgreementsShown() throws Exception {
		UUID bandung = this.mother.partnerships().bandung();
		// one partnership for all: each new partnership brings a program and a need
		Partnership partnership = this.mother.partnerships().partnership(bandung);
		// more than a page, so every measurement counts the page and its total alike
		for (int i = 0; i <= RegisterPage.SIZE; i++) {
			this.mother.draft(bandung, partnership, AgreementKind.MOU, null);
		}
		for (String url : new String[] { "/agreements?q=Kemitraan", "/api/v1/agreements?q=Kemitraan&size=5",
				"/agreements/export.xlsx?q=Kemitraan", "/agreements" }) {
			long before = statementsFor(url);
			this.mother.draft(bandung, partnership, AgreementKind.MOU, null);
			this.mother.signed(bandung, partnership, LocalDate.of(2026, 1, 1));
			long after = statementsFor(url);
			assertThat(after).as("SQL statements for %s after adding agreements", url).isEqualTo(before);
			assertThat(before).as("SQL statements for %s", url).isLessThanOrEqualTo(10);
		}
	}

	/** The register's page size. */
	static final class RegisterPage {

		static final int SIZE = 25;

	}

	private long statementsFor(String url) throws Exception {
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
