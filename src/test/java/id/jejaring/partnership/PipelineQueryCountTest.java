package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;

import id.jejaring.SignedIn;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
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
 * The board, its API, the table and the recommendation run a fixed number of statements
 * however many partnerships, partners, interactions and analyses there are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PipelineQueryCountTest {

	@Autowired
	PipelineFixtures pipelineFixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Autowired
	InteractionRepository interactions;

	@Autowired
	AnalysisRepository analyses;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void statementsDoNotGrowWithThePartnershipsShown() throws Exception {
		PipelineFixture lkp = this.pipelineFixtures.create();
		Need need = lkp.need(NeedAspect.FACILITIES, List.of("BUSINESS"));
		for (String url : new String[] { "/partnerships/board", "/api/v1/partnerships/board",
				"/partnerships/table?sort=owner", "/needs/" + need.getId() + "/partners" }) {
			add(lkp, need);
			long before = statementsFor(url, lkp.manager);
			add(lkp, need);
			add(lkp, need);
			long after = statementsFor(url, lkp.manager);
			assertThat(after).as("SQL statements for %s after adding partnerships", url).isEqualTo(before);
			assertThat(before).as("SQL statements for %s", url).isLessThanOrEqualTo(10);
		}
	}

	private void add(PipelineFixture lkp, Need need) {
		Partner partner = lkp.partner(id.jejaring.partner.PartnerMother.unique("PT Hitung"), "BUSINESS.CSR", "32.04.33",
				NeedAspect.FACILITIES);
		Partnership partnership = lkp.partnership(id.jejaring.partner.PartnerMother.unique("Hitung"), partner, need,
				NeedAspect.FACILITIES, PartnershipPattern.NURTURING, lkp.managerId);
		lkp.interaction(partner, partnership, LocalDate.now(), LocalDate.now().plusDays(5), false);
		lkp.analysis(partnership, partner, 4);
	}

	private long statementsFor(String url, String username) throws Exception {
		this.mvc.perform(get(url).with(SignedIn.as(this.userDetails, username))).andExpect(status().isOk());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(SignedIn.as(this.userDetails, username))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
