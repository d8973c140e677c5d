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
 * The partner list and its API run a fixed number of statements however many partners and
 * contacts a page shows: the page, the count, and one grouped contact count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnersQueryCountTest {

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
	void statementsDoNotGrowWithThePartnersShown() throws Exception {
		PartnerMother mother = new PartnerMother(this.institutions, this.partners);
		UUID bandung = mother.bandung();
		String tag = "qc-" + UUID.randomUUID().toString().substring(0, 6);
		for (String url : new String[] { "/partners?tag=" + tag, "/api/v1/partners?tag=" + tag, "/partners" }) {
			add(mother, bandung, tag);
			long before = statementsFor(url);
			add(mother, bandung, tag);
			add(mother, bandung, tag);
			long after = statementsFor(url);
			assertThat(after).as("SQL statements for %s after adding partners", url).isEqualTo(before);
			assertThat(before).as("SQL statements for %s", url).isLessThanOrEqualTo(6);
		}
	}

	private void add(PartnerMother mother, UUID bandung, String tag) {
		PartnerDetails base = PartnerMother.garment(PartnerMother.unique("PT Hitung"));
		Partner partner = mother.partner(bandung,
				new PartnerDetails(base.kind(), base.name(), base.categoryCode(), base.sector(), base.scale(),
						base.address(), "32.04.37", base.latitude(), base.longitude(), null, null, null, null, null,
						null, base.offerings(), false, null, null, PartnerStatus.ACTIVE, java.util.List.of(tag), null));
		mother.contact(partner, "Kontak Hitung", null);
		mother.contact(partner, "Kontak Hitung Dua", "0812-0000-1111");
	}

	private long statementsFor(String url) throws Exception {
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
