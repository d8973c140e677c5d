package id.jejaring.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.AgreementMother;
import id.jejaring.agreement.AgreementRefusedException;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.RenewalKind;
import id.jejaring.partnership.MoveRefusedException;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.partnership.StageChange;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.workplan.PlanActivity;
import id.jejaring.workplan.PlanIndicator;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlanCarryOver;
import id.jejaring.workplan.WorkPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The follow-up service: improvement actions with their owner on staff, the manager's
 * decision opening the improvement gate (stopping closes the partnership), starting the
 * next cycle with the plan carried over, and renewing the last cycle's agreement onto it.
 */
@SpringBootTest
class FollowUpsTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Autowired
	FollowUps followUps;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Agreements agreements;

	@Autowired
	UserDetailsService users;

	FollowUpFixtures fixtures;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.fixtures = new FollowUpFixtures(this.mother, this.plans, this.followUps, this.users, this.partnerships);
		this.bandung = this.mother.bandung();
	}

	@Test
	void actionsHaveAnOwnerOnStaffADueDateAndAStatus() {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		UUID id = partnership.getId();
		UUID staff = this.fixtures.user("staf.bandung");
		ImprovementAction action = this.mother.as(this.bandung, "ROLE_STAFF", () -> this.followUps.addAction(id,
				new ImprovementActionDetails("Desain tas baru", staff, LocalDate.of(2026, 12, 1), null, null)));
		assertThat(action.getStatus()).isEqualTo(ImprovementStatus.OPEN);
		assertThat(action.getCycle()).isEqualTo(1);
		ImprovementAction done = this.mother.as(this.bandung, "ROLE_STAFF", () -> this.followUps.changeActionStatus(id,
				action.getId(), action.getVersion(), ImprovementStatus.DONE));
		assertThat(done.getStatus()).isEqualTo(ImprovementStatus.DONE);
		assertThat(done.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(this.mother.as(this.bandung, () -> this.followUps.actions(id))).singleElement()
			.satisfies((a) -> assertThat(a.getDescription()).isEqualTo("Desain tas baru"));
		// an owner who is not a manager or staff member of the institution
		assertThatThrownBy(() -> this.mother.as(this.bandung, "ROLE_STAFF",
				() -> this.followUps.addAction(id,
						new ImprovementActionDetails("Tanpa pemilik sah", UUID.randomUUID(), LocalDate.of(2026, 12, 1),
								null, null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.errors().getFieldError("ownerId")).isNotNull());
		// another partnership's action is not found through this one
		Partnership other = this.mother.partnership(this.bandung);
		assertThatThrownBy(() -> this.mother.as(this.bandung, () -> this.followUps.changeActionStatus(other.getId(),
				action.getId(), done.getVersion(), ImprovementStatus.OPEN)))
			.isInstanceOf(id.jejaring.shared.NotFoundException.class);
	}

	@Test
	void theDecisionOpensTheImprovementGate() {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		UUID id = partnership.getId();
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.gateStatus(id)).open()).isFalse();
		this.fixtures.decide(id, DecisionOutcome.CONTINUE, null);
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.gateStatus(id)).open()).isTrue();
		Partnership moved = this.mother.as(this.bandung,
				() -> this.partnerships.move(id, this.partnerships.get(id).getVersion(), Stage.FOLLOW_UP, null));
		assertThat(moved.getStage()).isEqualTo(Stage.FOLLOW_UP);
	}

	@Test
	void theDecisionIsTheManagersAndNeedsAReasonToStopOrChange() {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		UUID id = partnership.getId();
		assertThatThrownBy(() -> this.mother.as(this.bandung, "ROLE_STAFF",
				() -> this.followUps.decide(id, 0, new DecisionDetails(DecisionOutcome.CONTINUE, null))))
			.isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.fixtures.decide(id, DecisionOutcome.STOP, " ")).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.errors().getFieldError("reason")).isNotNull());
		assertThatThrownBy(() -> this.fixtures.decide(id, DecisionOutcome.CONTINUE_WITH_CHANGES, null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.mother.as(this.bandung, () -> this.followUps.decision(id))).isEmpty();
		// not at improvement or follow-up yet
		Partnership early = this.mother.atStage(this.bandung, Stage.IMPLEMENTATION);
		assertThatThrownBy(() -> this.fixtures.decide(early.getId(), DecisionOutcome.CONTINUE, null))
			.isInstanceOfSatisfying(FollowUpRefusedException.class,
					(ex) -> assertThat(ex.messageKeys()).containsExactly("followup.refused.stage"));
	}

	@Test
	void stoppingClosesThePartnershipWithTheReason() {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		UUID id = partnership.getId();
		CycleDecision decision = this.fixtures.decide(id, DecisionOutcome.STOP,
				"Mitra menghentikan program CSR pelatihan.");
		assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.STOP);
		Partnership stopped = this.fixtures.reload(id);
		assertThat(stopped.getStatus()).isEqualTo(PartnershipStatus.STOPPED);
		assertThat(stopped.getStatusReason()).isEqualTo("Mitra menghentikan program CSR pelatihan.");
		// a closed partnership's decision is not changed any more
		assertThatThrownBy(() -> this.mother.as(this.bandung, "ROLE_MANAGER",
				() -> this.followUps.decide(id, decision.getVersion(),
						new DecisionDetails(DecisionOutcome.CONTINUE, null))))
			.isInstanceOf(FollowUpRefusedException.class);
	}

	@Test
	void startingTheNextCycleCarriesThePlanOverAndCompletesThisOne() {
		FollowUpFixtures.Plan plan = this.fixtures.withPlan(Stage.FOLLOW_UP);
		UUID id = plan.partnership().getId();
		// no decision to continue yet
		assertThatThrownBy(() -> start(plan, Set.of(), List.of(), Set.of())).isInstanceOfSatisfying(
				FollowUpRefusedException.class,
				(ex) -> assertThat(ex.messageKeys()).containsExactly("followup.refused.noContinueDecision"));
		this.fixtures.decide(id, DecisionOutcome.CONTINUE_WITH_CHANGES, "Tiga angkatan dan jadwal baru.");
		Partnership next = start(plan, Set.of(plan.objective1()),
				List.of(new WorkPlanCarryOver.IndicatorChoice(plan.indicator1(), 60, null),
						new WorkPlanCarryOver.IndicatorChoice(plan.indicator2(), 15, 8L)),
				Set.of(plan.activity1()));

		assertThat(next.getCycle()).isEqualTo(2);
		assertThat(next.getYear()).isEqualTo(2027);
		assertThat(next.getStage()).isEqualTo(Stage.JOINT_WORK_PLAN);
		assertThat(next.getPreviousCycleId()).isEqualTo(id);
		assertThat(next.getTitle()).isEqualTo(plan.partnership().getTitle());
		assertThat(next.partnerIds()).isEqualTo(plan.partnership().partnerIds());
		assertThat(next.needIds()).isEqualTo(plan.partnership().needIds());
		List<StageChange> history = this.mother.as(this.bandung, () -> this.partnerships.history(next.getId()));
		assertThat(history).singleElement().satisfies((change) -> {
			assertThat(change.getToStage()).isEqualTo(Stage.JOINT_WORK_PLAN);
			assertThat(change.getReason()).contains("Siklus 2 (2027)").contains("Tiga angkatan dan jadwal baru.");
		});
		Partnership previous = this.fixtures.reload(id);
		assertThat(previous.getStatus()).isEqualTo(PartnershipStatus.COMPLETED);
		assertThat(previous.getStatusReason()).contains("Siklus 2 (2027)");
		assertThat(this.mother.as(this.bandung, () -> this.followUps.decision(id)).orElseThrow().getNextPartnershipId())
			.isEqualTo(next.getId());

		WorkPlan carried = this.mother.as(this.bandung, () -> this.plans.current(next.getId())).orElseThrow();
		assertThat(carried.getCycle()).isEqualTo(2);
		assertThat(carried.getObjectives()).singleElement()
			.satisfies((o) -> assertThat(o.getText()).isEqualTo("Lulusan terserap industri"));
		assertThat(carried.getIndicators()).extracting(PlanIndicator::getBaseline, PlanIndicator::getTarget)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(40L, 60L),
					org.assertj.core.groups.Tuple.tuple(8L, 15L));
		assertThat(carried.getActivities()).singleElement().satisfies((a) -> {
			assertThat(a.getDescription()).isEqualTo("Pelatihan menjahit angkatan 1");
			assertThat(a.getStartsOn()).isEqualTo(LocalDate.of(2028, 2, 2));
			assertThat(a.getEndsOn()).isEqualTo(LocalDate.of(2028, 4, 30));
			assertThat(a.getContributions()).hasSize(2);
			assertThat(a.totalContributed()).isEqualTo(12_000_000);
		});
		// the new cycle's work-plan gate holds with the carried plan
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.gateStatus(next.getId())).open()).isTrue();
		// the previous cycle's plan is untouched
		WorkPlan old = this.mother.as(this.bandung, () -> this.plans.current(id)).orElseThrow();
		assertThat(old.getActivities()).extracting(PlanActivity::getStartsOn)
			.contains(LocalDate.of(2027, 2, 2), LocalDate.of(2027, 1, 10));
		// started once only
		assertThatThrownBy(() -> start(plan, Set.of(), List.of(), Set.of()))
			.isInstanceOf(FollowUpRefusedException.class);
	}

	@Test
	void aNewTargetThatBreaksTheRulesSavesNothing() {
		FollowUpFixtures.Plan plan = this.fixtures.withPlan(Stage.FOLLOW_UP);
		UUID id = plan.partnership().getId();
		this.fixtures.decide(id, DecisionOutcome.CONTINUE, null);
		assertThatThrownBy(() -> start(plan, Set.of(),
				List.of(new WorkPlanCarryOver.IndicatorChoice(plan.indicator1(), -5, null)), Set.of()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.errors().getFieldError("indicators[0].target")).isNotNull());
		Partnership unchanged = this.fixtures.reload(id);
		assertThat(unchanged.getStatus()).isEqualTo(PartnershipStatus.ACTIVE);
		assertThat(this.mother.as(this.bandung, () -> this.partnerships.nextCycle(id))).isEmpty();
	}

	@Test
	void thePartnershipModuleRefusesANextCycleOutsideFollowUp() {
		Partnership partnership = this.mother.atStage(this.bandung, Stage.IMPROVEMENT);
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.startNextCycle(partnership.getId(), partnership.getVersion(), 2027, null)))
			.isInstanceOfSatisfying(MoveRefusedException.class,
					(ex) -> assertThat(ex.missing()).extracting((m) -> m.messageKey())
						.containsExactly("partnership.nextCycle.notFollowUp"));
		Partnership atFollowUp = this.mother.atStage(this.bandung, Stage.FOLLOW_UP);
		Partnership next = this.mother.as(this.bandung,
				() -> this.partnerships.startNextCycle(atFollowUp.getId(), atFollowUp.getVersion(), 2027, null));
		assertThat(next.getCycle()).isEqualTo(2);
		Partnership completed = this.fixtures.reload(atFollowUp.getId());
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.partnerships.startNextCycle(atFollowUp.getId(), completed.getVersion(), 2027, null)))
			.isInstanceOfSatisfying(MoveRefusedException.class,
					(ex) -> assertThat(ex.missing()).extracting((m) -> m.messageKey())
						.contains("partnership.move.notActive", "partnership.nextCycle.started"));
	}

	@Test
	void theLastCyclesSignedAgreementIsRenewedOntoTheNextCycle() {
		FollowUpFixtures.Plan plan = this.fixtures.withPlan(Stage.FOLLOW_UP);
		UUID id = plan.partnership().getId();
		AgreementMother agreementMother = new AgreementMother(this.mother, this.agreements);
		Agreement mou = agreementMother.signed(this.bandung, plan.partnership(), LocalDate.of(2026, 1, 1));
		this.fixtures.decide(id, DecisionOutcome.CONTINUE, null);
		Partnership next = start(plan, Set.of(), List.of(), Set.of(plan.activity1()));
		assertThat(this.mother.as(this.bandung, () -> this.followUps.renewable(next.getId())))
			.extracting(Agreement::getId)
			.containsExactly(mou.getId());
		// not onto an unrelated partnership
		Partnership unrelated = this.mother.partnership(this.bandung);
		assertThatThrownBy(() -> this.mother.as(this.bandung,
				() -> this.agreements.renewInto(mou.getId(), mou.getVersion(), RenewalKind.EXTENSION,
						LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), unrelated.getId())))
			.isInstanceOfSatisfying(AgreementRefusedException.class,
					(ex) -> assertThat(ex.problems()).extracting(AgreementRefusedException.Problem::messageKey)
						.containsExactly("agreement.refused.renewNotNextCycle"));
		Agreement renewal = this.mother.as(this.bandung, () -> this.followUps.renew(next.getId(), mou.getId(),
				mou.getVersion(), RenewalKind.ADDENDUM, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
		assertThat(renewal.getPartnershipId()).isEqualTo(next.getId());
		assertThat(renewal.getKind()).isEqualTo(AgreementKind.ADDENDUM);
		assertThat(renewal.getPreviousId()).isEqualTo(mou.getId());
		assertThat(renewal.getEffectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
		// offered once
		assertThat(this.mother.as(this.bandung, () -> this.followUps.renewable(next.getId()))).isEmpty();
		// the old way still renews on the agreement's own partnership
		Partnership other = this.mother.partnership(this.bandung);
		Agreement own = agreementMother.signed(this.bandung, other, LocalDate.of(2026, 1, 1));
		Agreement extension = this.mother.as(this.bandung, () -> this.agreements.renew(own.getId(), own.getVersion(),
				RenewalKind.EXTENSION, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
		assertThat(extension.getPartnershipId()).isEqualTo(other.getId());
	}

	private Partnership start(FollowUpFixtures.Plan plan, Set<UUID> objectives,
			List<WorkPlanCarryOver.IndicatorChoice> indicators, Set<UUID> activities) {
		UUID id = plan.partnership().getId();
		return this.mother.as(this.bandung, "ROLE_STAFF",
				() -> this.followUps.startNextCycle(id, this.partnerships.get(id).getVersion(), 2027,
						new WorkPlanCarryOver.Selection(objectives, indicators, activities)));
	}

}
