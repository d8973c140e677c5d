package id.jejaring.workplan;

import java.util.List;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo: every Bandung demo partnership at or past the joint work plan stage has a
 * plan for its current cycle that holds its work-plan gate, with contributions in rupiah.
 */
@SpringBootTest
class WorkPlanDemoDataTest {

	static final List<String> DEMO_TITLES = List.of("Dukungan instruktur dan bengkel BLK untuk kelas menjahit",
			"Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya",
			"Bantuan mesin jahit industri dari CSR bank bjb", "Bantuan program PKW tas rajut dari Dinas Pendidikan",
			"Beasiswa dan modal usaha bagi mustahik bersama BAZNAS",
			"Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita",
			"Penguji praktik dan produk rias pengantin bersama HARPI Melati");

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

	@Autowired
	WorkPlans plans;

	@Test
	void demoPartnershipsAtOrPastTheWorkPlanStageHaveTheirPlan() {
		var bandung = this.mother.bandung();
		List<Partnership> demo = this.mother.as(bandung,
				() -> DEMO_TITLES.stream()
					.flatMap((title) -> this.partnerships
						.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
						.stream()
						.filter((p) -> p.getTitle().equals(title)))
					.filter((p) -> p.getStage().ordinal() >= Stage.JOINT_WORK_PLAN.ordinal())
					.toList());
		assertThat(demo).hasSizeGreaterThanOrEqualTo(8);
		for (Partnership partnership : demo) {
			assertThat(this.mother.as(bandung, () -> this.partnerships.gateStatus(partnership.getId()))
				.facts()
				.workPlanReady()).as(partnership.getTitle() + " cycle " + partnership.getCycle()).isTrue();
			WorkPlan plan = this.mother.as(bandung, () -> this.plans.current(partnership.getId())).orElseThrow();
			assertThat(plan.getObjectives()).isNotEmpty();
			assertThat(plan.totalsPerParty()).isNotEmpty();
		}
	}

}
