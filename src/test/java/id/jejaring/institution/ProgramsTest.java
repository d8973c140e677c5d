package id.jejaring.institution;

import java.util.UUID;

import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.StaleDataException;
import id.jejaring.shared.TenantContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithMockUser(username = "staf.bandung", roles = "STAFF")
class ProgramsTest {

	@Autowired
	Programs programs;

	@Autowired
	InstitutionManagement institutions;

	@Test
	void aProgramBelongsToItsInstitutionOnly() {
		UUID bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		UUID semarang = this.institutions.findByNpsn("K5659876").orElseThrow().getId();
		Program created = TenantContext.callAs(bandung, () -> this.programs.create(ProgramMother.sewing()));

		assertThat(created.getInstitutionId()).isEqualTo(bandung);
		assertThat(created.participantsPerYear()).isEqualTo(60);
		assertThat(TenantContext.callAs(bandung, () -> this.programs.get(created.getId())).getName())
			.isEqualTo("Menjahit Busana");
		assertThatThrownBy(() -> TenantContext.callAs(semarang, () -> this.programs.get(created.getId())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anUpdateFromAnOlderVersionIsRefused() {
		UUID bandung = this.institutions.findByNpsn("K5651234").orElseThrow().getId();
		Program created = TenantContext.callAs(bandung, () -> this.programs.create(ProgramMother.sewing()));
		TenantContext.runAs(bandung, () -> this.programs.update(created.getId(), 0, ProgramMother.sewingRenamed()));
		assertThatThrownBy(() -> TenantContext.runAs(bandung,
				() -> this.programs.update(created.getId(), 0, ProgramMother.sewing())))
			.isInstanceOf(StaleDataException.class);
	}

}
