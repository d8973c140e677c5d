package id.jejaring.needs;

import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs board, the export and a program's checklist run a fixed number of statements
 * however many needs, categories and requirement lines they show (no N+1).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NeedsQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Programs programs;

	@Autowired
	Requirements requirements;

	@Autowired
	Needs needs;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	NeedMother mother;

	UUID bandung;

	Program program;

	@BeforeEach
	void setUp() {
		this.mother = new NeedMother(this.institutions, this.programs, this.requirements, this.needs);
		this.bandung = this.mother.bandung();
		this.program = this.mother.program(this.bandung);
		// Enough needs that the board's first page is full before measuring: Spring Data
		// skips the count query while a first page is not full, which is not an N+1.
		for (int i = 0; i < 5; i++) {
			addRows();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/needs", "/needs/export.xlsx", "/", "/programs/{program}/requirements" })
	void statementsDoNotGrowWithTheRowsShown(String path) throws Exception {
		String url = path.replace("{program}", this.program.getId().toString());
		long before = statementsFor(url);
		addRows();
		long after = statementsFor(url);
		assertThat(after).as("SQL statements for %s after adding rows", url).isEqualTo(before);
		assertThat(before).as("SQL statements for %s", url).isLessThanOrEqualTo(12);
	}

	private long statementsFor(String url) throws Exception {
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(url).with(SignedIn.as(this.users, "pengelola.bandung"))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	/** Another program with a requirement line and needs with partner categories. */
	private void addRows() {
		Program other = this.mother.program(this.bandung);
		for (int i = 0; i < 3; i++) {
			this.mother.shortfall(this.bandung, this.program);
			this.mother.need(this.bandung, this.program, NeedAspect.FACILITIES);
			this.mother.need(this.bandung, other, NeedAspect.FUNDS);
		}
	}

}
