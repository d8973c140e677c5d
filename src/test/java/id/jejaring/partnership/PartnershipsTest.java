package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
import id.jejaring.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class PartnershipsTest {

	@Autowired
	PartnershipMother partnershipMother;

	@Autowired
	Partners partners;

	@Autowired
	Needs needs;

	@Autowired
	Partnerships partnerships;

	@Autowired
	InteractionRepository interactions;

	@Autowired
	ApplicationEvents events;

	PartnershipMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = this.partnershipMother;
		this.bandung = this.mother.bandung();
	}

	@Test
	void aNewPartnershipStartsAtMappingWithItsFirstHistoryLine() {
		Partnership partnership = this.mother.partnership(this.bandung);
		assertThat(partnership.getStage()).isEqualTo(Stage.MAPPING);
		assertThat(partnership.getStatus()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(partnership.getCycle()).isEqualTo(1);
		List<StageChange> history = this.mother.as(this.bandung, () -> this.partnerships.history(partnership.getId()));
		assertThat(history).singleElement().satisfies((change) -> {
			assertThat(change.getFromStage()).isNull();
			assertThat(change.getToStage()).isEqualTo(Stage.MAPPING);
			assertThat(change.getCreatedBy()).isEqualTo("test.user");
		});
	}

	@Test
	void movesForwardThroughOpenGatesAndStopsAtAClosedOne() {
		Partnership partnership = this.mother.partnership(this.bandung);
		Partnership moved = this.mother.as(this.bandung, () -> this.partnerships.move(partnership.getId(),
				partnership.getVersion(), Stage.INFORMATION_GATHERING, null));
		assertThat(moved.getStage()).isEqualTo(Stage.INFORMATION_GATHERING);
		assertThat(this.events.stream(PartnershipStageChanged.class)
			.filter((e) -> e.partnershipId().equals(partnership.getId()) && e.from() == Stage.MAPPING)).singleElement()
			.satisfies((e) -> assertThat(e.to()).isEqualTo(Stage.INFORMATION_GATHERING));

		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.move(moved.getId(), moved.getVersion(), Stage.ANALYSIS, null)))
			.isInstanceOfSatisfying(MoveRefusedException.class,
					(refused) -> assertThat(refused.missing()).extracting(Missing::messageKey)
						.containsExactly("partnership.gate.interaction"));
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.get(moved.getId()).getStage()))
			.isEqualTo(Stage.INFORMATION_GATHERING);

		Partner partner = this.mother.as(this.bandung, () -> this.partners.get(moved.partnerIds().get(0)));
		this.mother.as(this.bandung,
				() -> this.interactions.save(new Interaction(new InteractionDetails(partner.getId(), moved.getId(),
						LocalDate.of(2026, 11, 2), InteractionKind.VISIT, InteractionApproach.PERSONAL, "Perkenalan",
						"Bertemu manajer HRD", null, null, null, null, List.of()))));
		Partnership analysed = this.mother.as(this.bandung,
				() -> this.partnerships.move(moved.getId(), moved.getVersion(), Stage.ANALYSIS, null));
		assertThat(analysed.getStage()).isEqualTo(Stage.ANALYSIS);
	}

	@Test
	void aJumpForwardPassesEveryGateOnTheWayAndBackNeedsAReason() {
		Partnership partnership = this.mother.partnership(this.bandung);
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.move(partnership.getId(), partnership.getVersion(), Stage.EXPLORATION, null)))
			.isInstanceOfSatisfying(MoveRefusedException.class,
					(refused) -> assertThat(refused.missing()).extracting(Missing::messageKey)
						.containsExactly("partnership.gate.interaction", "partnership.gate.analysis"));
		assertThatThrownBy(() -> this.mother.as(this.bandung, "ROLE_STAFF",
				() -> this.partnerships.move(partnership.getId(), partnership.getVersion(), Stage.SIGNING, null)))
			.isInstanceOf(AuthorizationDeniedException.class);
		Partnership moved = this.mother.as(this.bandung, () -> this.partnerships.move(partnership.getId(),
				partnership.getVersion(), Stage.INFORMATION_GATHERING, null));
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.move(moved.getId(), moved.getVersion(), Stage.MAPPING, " ")))
			.isInstanceOfSatisfying(MoveRefusedException.class,
					(refused) -> assertThat(refused.missing()).extracting(Missing::messageKey)
						.containsExactly("partnership.move.reasonRequired"));
		Partnership back = this.mother.as(this.bandung, () -> this.partnerships.move(moved.getId(), moved.getVersion(),
				Stage.MAPPING, "Kebutuhan yang ditautkan keliru"));
		assertThat(back.getStage()).isEqualTo(Stage.MAPPING);
		List<StageChange> history = this.mother.as(this.bandung, () -> this.partnerships.history(back.getId()));
		assertThat(history).hasSize(3);
		assertThat(history.get(2).isBackward()).isTrue();
		assertThat(history.get(2).getReason()).isEqualTo("Kebutuhan yang ditautkan keliru");
	}

	@Test
	void aReasonLongerThanItsColumnIsRefusedAndNothingMoves() {
		Partnership partnership = this.mother.partnership(this.bandung);
		Partnership moved = this.mother.as(this.bandung, () -> this.partnerships.move(partnership.getId(),
				partnership.getVersion(), Stage.INFORMATION_GATHERING, null));
		String essay = "alasan ".repeat(400);
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.move(moved.getId(), moved.getVersion(), Stage.MAPPING, essay)))
			.isInstanceOfSatisfying(MoveRefusedException.class,
					(refused) -> assertThat(refused.missing()).extracting(Missing::messageKey)
						.containsExactly("partnership.reason.tooLong"));
		assertThatThrownBy(() -> this.mother.as(this.bandung, () -> this.partnerships.changeStatus(moved.getId(),
				moved.getVersion(), PartnershipStatus.STOPPED, essay)))
			.isInstanceOf(MoveRefusedException.class);
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.get(moved.getId()).getStage()))
			.isEqualTo(Stage.INFORMATION_GATHERING);
	}

	@Test
	void blankChoicesInTheListsAreNoChoice() {
		java.util.List<UUID> needIds = new java.util.ArrayList<>();
		needIds.add(null);
		java.util.Set<id.jejaring.needs.NeedAspect> aspects = new java.util.HashSet<>();
		aspects.add(null);
		PartnershipDetails details = new PartnershipDetails("Uji", PartnershipPattern.AS_NEEDED,
				PartnershipStrategy.MISSION_IMPLEMENTATION, null, 2026, null, List.of(), needIds, aspects);
		assertThat(details.needIds()).isEmpty();
		assertThat(details.aspects()).isEmpty();
	}

	@Test
	void twoMovesAtOnceOnOnePartnershipOneWinsAndTheOtherIsTold() throws Exception {
		Partnership partnership = this.mother.partnership(this.bandung);
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.Callable<Object> move = () -> {
			start.await();
			try {
				return this.mother.as(this.bandung, () -> this.partnerships.move(partnership.getId(),
						partnership.getVersion(), Stage.INFORMATION_GATHERING, null));
			}
			catch (RuntimeException told) {
				return told;
			}
		};
		java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<Object> outcomes = new java.util.ArrayList<>();
			for (var future : two.invokeAll(List.of(move, move))) {
				outcomes.add(future.get());
			}
			assertThat(outcomes).filteredOn(Partnership.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(RuntimeException.class::isInstance)
				.singleElement()
				.isInstanceOfAny(id.jejaring.shared.StaleDataException.class,
						org.springframework.orm.ObjectOptimisticLockingFailureException.class);
		}
		finally {
			two.shutdown();
		}
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.history(partnership.getId())))
			.extracting(StageChange::getToStage)
			.containsExactly(Stage.MAPPING, Stage.INFORMATION_GATHERING);
	}

	@Test
	void onlyTheManagerMovesPastAnalysisAndOnlyActivePartnershipsMove() {
		Partnership partnership = this.mother.partnership(this.bandung);
		Partnership atAnalysis = this.mother.as(this.bandung, () -> {
			this.partnerships.move(partnership.getId(), partnership.getVersion(), Stage.INFORMATION_GATHERING, null);
			Partnership p = this.partnerships.get(partnership.getId());
			this.interactions.save(new Interaction(new InteractionDetails(p.partnerIds().get(0), p.getId(),
					LocalDate.of(2026, 11, 3), InteractionKind.PHONE, InteractionApproach.INFORMAL, null, null, null,
					null, null, null, List.of())));
			return this.partnerships.move(p.getId(), p.getVersion(), Stage.ANALYSIS, null);
		});
		assertThatThrownBy(() -> this.mother.as(this.bandung, "ROLE_STAFF",
				() -> this.partnerships.move(atAnalysis.getId(), atAnalysis.getVersion(), Stage.EXPLORATION, null)))
			.isInstanceOf(AuthorizationDeniedException.class);

		Partnership onHold = this.mother.as(this.bandung, () -> this.partnerships.changeStatus(atAnalysis.getId(),
				atAnalysis.getVersion(), PartnershipStatus.ON_HOLD, "Mitra sedang audit"));
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.move(onHold.getId(), onHold.getVersion(), Stage.MAPPING, "coba")))
			.isInstanceOfSatisfying(MoveRefusedException.class,
					(refused) -> assertThat(refused.missing()).extracting(Missing::messageKey)
						.containsExactly("partnership.move.notActive"));
		assertThatThrownBy(
				() -> this.mother.as(this.bandung, "ROLE_STAFF",
						() -> this.partnerships.changeStatus(onHold.getId(), onHold.getVersion(),
								PartnershipStatus.STOPPED, "tidak jadi")))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void anotherInstitutionsPartnershipIsNotFoundAndItsPartnersCannotBeLinked() {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID semarang = this.mother.semarang();
		assertThatThrownBy(() -> this.mother.as(semarang, () -> this.partnerships.get(partnership.getId())))
			.isInstanceOf(NotFoundException.class);
		Partner theirs = this.mother.partner(semarang);
		var need = this.mother.need(this.bandung);
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.create(PartnershipMother.details("Campur", theirs, need))))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPartnerInAPartnershipIsNotDeletedAndMergesMoveTheParty() {
		Partnership partnership = this.mother.partnership(this.bandung);
		UUID partnerId = partnership.partnerIds().get(0);
		assertThat(this.mother.as(this.bandung, () -> this.partners.delete(partnerId))).isPresent();

		Partner survivor = this.mother.partner(this.bandung);
		this.mother.as(this.bandung, () -> {
			Partner merged = this.partners.get(partnerId);
			return this.partners.merge(survivor.getId(), survivor.getVersion(), merged.getId(), merged.getVersion());
		});
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.get(partnership.getId()).partnerIds()))
			.containsExactly(survivor.getId());
	}

	@Test
	void startingFromANeedLinksTheNeedAndThePartnerAtMapping() {
		Partner partner = this.mother.partner(this.bandung);
		var need = this.mother.need(this.bandung);
		Partnership started = this.mother.as(this.bandung,
				() -> this.partnerships.startFor(need.getId(), partner.getId()));
		assertThat(started.getStage()).isEqualTo(Stage.MAPPING);
		assertThat(started.partnerIds()).containsExactly(partner.getId());
		assertThat(started.needIds()).containsExactly(need.getId());
		assertThat(started.aspectSet()).containsExactly(need.getAspect());
		assertThat(started.getTitle()).contains(partner.getName());
	}

}
