package id.jejaring.partnership;

import java.util.UUID;

import id.jejaring.needs.Needs;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PartnershipRecordsTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	Needs needs;

	@Autowired
	PartnershipRecords records;

	@Autowired
	GateFactsCollector collector;

	@Autowired
	PartnershipRepository repository;

	PartnershipMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = this.partnershipMother;
		this.bandung = this.mother.bandung();
	}

	static AnalysisDetails proceed() {
		return new AnalysisDetails("Menyediakan instruktur menjahit",
				new AnalysisDetails.Score(5, "Hadir di setiap pertemuan"), new AnalysisDetails.Score(4, null),
				new AnalysisDetails.Score(4, null), new AnalysisDetails.Score(5, "Punya 3 instruktur bersertifikat"),
				true, "Sama-sama ingin lulusan terserap", true, "Butuh tenaga terampil", "Jadwal produksi padat",
				AnalysisDecision.PROCEED, "Komitmen dan kemampuan kuat");
	}

	GateFacts facts(Partnership partnership) {
		return this.mother.as(this.bandung,
				() -> this.collector.collect(this.repository.findById(partnership.getId()).orElseThrow()));
	}

	@Test
	void anAnalysisThatProceedsAndAnAgreedExplorationOpenTheirGates() {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		assertThat(StageGates.missingToLeave(Stage.ANALYSIS, facts(partnership))).isNotEmpty();
		assertThat(StageGates.missingToLeave(Stage.EXPLORATION, facts(partnership))).isNotEmpty();

		Analysis analysis = this.mother.as(this.bandung,
				() -> this.records.saveAnalysis(partnership.getId(), partnerId, null, proceed()));
		assertThat(analysis.averageScore()).isEqualTo(4.5);
		assertThat(StageGates.missingToLeave(Stage.ANALYSIS, facts(partnership))).isEmpty();

		this.mother.as(this.bandung,
				() -> this.records.recordExploration(partnership.getId(),
						new ExplorationDetails(this.records.today(), ExplorationFormat.PRESENTATION,
								"Direktur dan manajer HRD", "Program magang dan uji kompetensi",
								"Tertarik, minta rincian jadwal", ExplorationOutcome.AGREED_TO_PLAN, null)));
		assertThat(StageGates.missingToLeave(Stage.EXPLORATION, facts(partnership))).isEmpty();
		assertThat(facts(partnership).sharedVision()).isTrue();
		assertThat(facts(partnership).mutualNeed()).isTrue();
	}

	@Test
	void anAnalysisIsChangedWithTheVersionReadAndOnlyForAParty() {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		Analysis first = this.mother.as(this.bandung,
				() -> this.records.saveAnalysis(partnership.getId(), partnerId, null, proceed()));
		// a second "first analysis" from another screen is stale, not a duplicate
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.records.saveAnalysis(partnership.getId(), partnerId, null, proceed())))
			.isInstanceOf(StaleDataException.class);
		AnalysisDetails changed = new AnalysisDetails("Diubah", null, null, null, null, null, null, null, null, null,
				AnalysisDecision.HOLD, "Menunggu anggaran");
		this.mother.as(this.bandung,
				() -> this.records.saveAnalysis(partnership.getId(), partnerId, first.getVersion(), changed));
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.records.saveAnalysis(partnership.getId(), partnerId, first.getVersion(), proceed())))
			.isInstanceOf(StaleDataException.class);
		UUID outsider = this.mother.partner(this.bandung).getId();
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.records.saveAnalysis(partnership.getId(), outsider, null, proceed())))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.mother.as(this.bandung, () -> this.records.analyses(partnership.getId()))).singleElement()
			.satisfies((row) -> assertThat(row.analysis().getDecision()).isEqualTo(AnalysisDecision.HOLD));
	}

	@Test
	void anExplorationBelongsToItsPartnership() {
		Partnership partnership = this.mother.partnership(this.bandung);
		Partnership other = this.mother.partnership(this.bandung);
		Exploration held = this.mother.as(this.bandung,
				() -> this.records.recordExploration(partnership.getId(), new ExplorationDetails(this.records.today(),
						ExplorationFormat.AUDIENCE, null, null, null, null, null)));
		assertThatThrownBy(
				() -> this.mother.as(this.bandung, () -> this.records.exploration(other.getId(), held.getId())))
			.isInstanceOf(NotFoundException.class);
	}

}
