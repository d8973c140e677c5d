package id.jejaring.followup;

import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo: every Bandung demo partnership past improvement has its decision (the
 * improvement gate holds); the BLK support's first cycle continued with changes into its
 * second; the cooperative has open actions and no decision; the bridal make-up
 * partnership decided to continue and waits for its next cycle.
 */
@SpringBootTest
class FollowUpDemoDataTest {

	static final String BLK = "Dukungan instruktur dan bengkel BLK untuk kelas menjahit";

	static final String COOPERATIVE = "Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita";

	static final String BRIDAL = "Penguji praktik dan produk rias pengantin bersama HARPI Melati";

	static final List<String> DEMO_TITLES = List.of(BLK,
			"Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya",
			"Bantuan mesin jahit industri dari CSR bank bjb", "Bantuan program PKW tas rajut dari Dinas Pendidikan",
			"Beasiswa dan modal usaha bagi mustahik bersama BAZNAS", COOPERATIVE, BRIDAL);

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

	@Autowired
	FollowUps followUps;

	@Test
	void demoPartnershipsPastImprovementHaveTheirDecision() {
		UUID bandung = this.mother.bandung();
		List<Partnership> all = this.mother.as(bandung,
				() -> this.partnerships.list(PartnershipFilter.NONE, PageRequest.of(0, 200)).getContent());
		List<Partnership> past = all.stream()
			.filter((p) -> DEMO_TITLES.contains(p.getTitle()) && p.getStage() == Stage.FOLLOW_UP)
			.toList();
		assertThat(past).hasSizeGreaterThanOrEqualTo(2);
		for (Partnership partnership : past) {
			assertThat(this.mother.as(bandung, () -> this.followUps.decision(partnership.getId())))
				.as(partnership.getTitle())
				.isPresent();
		}

		Partnership blk1 = find(all, BLK, 1);
		Partnership blk2 = find(all, BLK, 2);
		CycleDecision blkDecision = this.mother.as(bandung, () -> this.followUps.decision(blk1.getId())).orElseThrow();
		assertThat(blkDecision.getOutcome()).isEqualTo(DecisionOutcome.CONTINUE_WITH_CHANGES);
		assertThat(blkDecision.getNextPartnershipId()).isEqualTo(blk2.getId());
		assertThat(blk1.getStatus()).isEqualTo(PartnershipStatus.COMPLETED);
		assertThat(this.mother.as(bandung, () -> this.followUps.actions(blk1.getId()))).isNotEmpty()
			.allSatisfy((a) -> assertThat(a.getStatus()).isEqualTo(ImprovementStatus.DONE))
			.anySatisfy((a) -> assertThat(a.getDescription()).startsWith("Pindahkan jadwal praktik ke Rabu dan Jumat"));

		Partnership cooperative = find(all, COOPERATIVE, 1);
		assertThat(cooperative.getStage()).isEqualTo(Stage.IMPROVEMENT);
		assertThat(this.mother.as(bandung, () -> this.followUps.decision(cooperative.getId()))).isEmpty();
		assertThat(this.mother.as(bandung, () -> this.followUps.actions(cooperative.getId())))
			.anySatisfy((a) -> assertThat(a.getStatus()).isNotEqualTo(ImprovementStatus.DONE));

		Partnership bridal = find(all, BRIDAL, 1);
		assertThat(bridal.getStage()).isEqualTo(Stage.FOLLOW_UP);
		CycleDecision bridalDecision = this.mother.as(bandung, () -> this.followUps.decision(bridal.getId()))
			.orElseThrow();
		assertThat(bridalDecision.getOutcome()).isEqualTo(DecisionOutcome.CONTINUE);
		assertThat(bridalDecision.getNextPartnershipId()).isNull();
		assertThat(this.mother.as(bandung, () -> this.partnerships.gateStatus(bridal.getId()))
			.facts()
			.continuationDecision()).isTrue();
	}

	private static Partnership find(List<Partnership> all, String title, int cycle) {
		return all.stream()
			.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
			.findFirst()
			.orElseThrow();
	}

}
