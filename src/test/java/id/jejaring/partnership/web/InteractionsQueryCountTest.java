package id.jejaring.partnership.web;

import java.time.LocalDate;
import java.util.List;

import id.jejaring.SignedIn;
import id.jejaring.identity.JejaringUser;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerContact;
import id.jejaring.partner.PartnerMother;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.Interaction;
import id.jejaring.partnership.InteractionDetails;
import id.jejaring.partnership.InteractionMother;
import id.jejaring.partnership.Interactions;
import id.jejaring.partnership.PartnershipMother;
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
 * A partner's interaction list (page and API) runs a fixed number of statements however
 * many interactions, contacts, owners and attachments it shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InteractionsQueryCountTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	Interactions interactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void statementsDoNotGrowWithTheInteractionsShown() throws Exception {
		PartnershipMother mother = this.partnershipMother;
		InteractionMother log = new InteractionMother(mother, this.interactions);
		Partner partner = mother.partner(mother.bandung());
		PartnerContact contact = new PartnerMother(this.institutions, this.partners).contact(partner, "Ibu Siti", null);
		Runnable add = () -> {
			InteractionDetails base = InteractionMother.withFollowUp(partner, LocalDate.now().minusDays(1),
					"Kirim proposal", LocalDate.now().plusDays(3),
					((JejaringUser) this.users.loadUserByUsername("staf.bandung")).id());
			Interaction interaction = log.log(partner,
					new InteractionDetails(base.partnerId(), null, base.occurredOn(), base.kind(), base.approach(),
							base.purpose(), null, null, base.followUpAction(), base.followUpDue(),
							base.followUpOwnerId(), List.of(contact.getId())));
			log.attach(interaction, "foto.png", InteractionMother.PNG);
		};
		for (String url : new String[] { "/partners/" + partner.getId() + "/interactions",
				"/api/v1/interactions?partnerId=" + partner.getId() }) {
			add.run();
			long before = statementsFor(url);
			add.run();
			add.run();
			long after = statementsFor(url);
			assertThat(after).as("SQL statements for %s after adding interactions", url).isEqualTo(before);
			assertThat(before).as("SQL statements for %s", url).isLessThanOrEqualTo(9);
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
