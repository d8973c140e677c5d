package id.jejaring.workplan;

import java.util.List;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo implementation: the sewing class's first cycle is done and verified, its
 * second has evidence awaiting verification and a late activity, the internship has an
 * activity without evidence.
 */
@SpringBootTest
class ImplementationDemoDataTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

	@Autowired
	PlanImplementation implementation;

	@Autowired
	WorkPlans plans;

	Partnership find(String title, int cycle) {
		return this.mother.as(this.mother.bandung(),
				() -> this.partnerships.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
					.stream()
					.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
					.findFirst()
					.orElseThrow());
	}

	PlanImplementation.View view(Partnership partnership) {
		return this.mother.as(this.mother.bandung(), () -> this.implementation.view(partnership.getId()));
	}

	@Test
	void theSewingClassAndTheInternshipShowEachState() {
		String sewing = "Dukungan instruktur dan bengkel BLK untuk kelas menjahit";
		PlanImplementation.View first = view(find(sewing, 1));
		assertThat(first.plan().getActivities())
			.allSatisfy((a) -> assertThat(a.getStatus()).isEqualTo(ActivityStatus.DONE));
		assertThat(first.evidence()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.getStatus()).isEqualTo(EvidenceStatus.VERIFIED));
		PlanProgress progress = this.mother.as(this.mother.bandung(),
				() -> this.plans.progress(find(sewing, 1).getId()));
		assertThat(progress.indicators()).anySatisfy((i) -> assertThat(i.reached()).isTrue());

		PlanImplementation.View second = view(find(sewing, 2));
		assertThat(second.evidence()).anySatisfy((e) -> assertThat(e.getStatus()).isEqualTo(EvidenceStatus.SUBMITTED));
		assertThat(second.plan().getActivities())
			.anySatisfy((a) -> assertThat(second.status(a)).isEqualTo(ActivityStatus.LATE));

		PlanImplementation.View internship = view(
				find("Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya", 1));
		assertThat(internship.plan().getActivities())
			.anySatisfy((a) -> assertThat(internship.missingEvidence(a)).isTrue());

		List<String> done = List.of("Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita",
				"Penguji praktik dan produk rias pengantin bersama HARPI Melati");
		for (String title : done) {
			assertThat(view(find(title, 1)).evidence()).as(title).isNotEmpty();
		}
	}

}
