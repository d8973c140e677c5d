package id.jejaring.agreement;

import java.util.List;

import id.jejaring.partnership.PartnershipMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clause library is each institution's own: saving or resetting one institution's
 * library leaves another's as it was.
 */
@SpringBootTest
class ClauseLibraryTest {

	@Autowired
	ClauseLibrary library;

	@Autowired
	PartnershipMother mother;

	@Test
	void savingAndResettingTouchOnlyTheInstitutionsOwnLibrary() {
		List<Clause> own = List.of(new Clause(ClauseType.FUNDING, "Pembiayaan", "Dana dari Semarang"));
		this.mother.as(this.mother.semarang(), () -> this.library.save(own));
		List<Clause> bandung = this.mother.as(this.mother.bandung(),
				() -> this.library.save(List.of(new Clause(ClauseType.SCOPE, "Ruang Lingkup", "Dari Bandung"))));
		assertThat(this.mother.as(this.mother.semarang(), this.library::clauses)).isEqualTo(own);
		this.mother.as(this.mother.bandung(), () -> {
			this.library.reset();
			return null;
		});
		assertThat(this.mother.as(this.mother.semarang(), this.library::clauses)).isEqualTo(own);
		assertThat(this.mother.as(this.mother.bandung(), this.library::clauses)).isEqualTo(DefaultClauses.ALL)
			.isNotEqualTo(bandung);
		this.mother.as(this.mother.semarang(), () -> {
			this.library.reset();
			return null;
		});
	}

}
