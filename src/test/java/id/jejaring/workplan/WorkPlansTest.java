package id.jejaring.workplan;

import java.time.LocalDate;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The work plan service: the plan is made by its first item, the work-plan gate opens
 * with one activity and one indicator, parties must belong to the partnership, and
 * another institution sees nothing.
 */
@SpringBootTest
class WorkPlansTest {

	@Autowired
	PartnershipMother mother;

	@Autowired
	WorkPlans plans;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Partners partners;

	static ActivityDetails activity(java.util.UUID responsible) {
		return new ActivityDetails("Pelatihan menjahit bersama instruktur mitra", NeedAspect.STAFF, responsible,
				LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30), "Workshop mitra", 12_000_000, responsible);
	}

	@Test
	void aPlanWithAnActivityAndAnIndicatorOpensTheWorkPlanGate() {
		var bandung = this.mother.bandung();
		Partnership partnership = this.mother.atStage(bandung, Stage.JOINT_WORK_PLAN);
		var id = partnership.getId();
		assertThat(this.mother.as(bandung, () -> this.partnerships.gateStatus(id)).facts().workPlanReady()).isFalse();

		this.mother.as(bandung, "ROLE_STAFF", () -> this.plans.addIndicator(id,
				new IndicatorDetails(IndicatorMeasure.PARTICIPANTS_TRAINED, null, null, 0, 40, null)));
		assertThat(this.mother.as(bandung, () -> this.partnerships.gateStatus(id)).facts().workPlanReady()).isFalse();
		var partner = partnership.partnerIds().get(0);
		var added = this.mother.as(bandung, "ROLE_STAFF", () -> this.plans.addActivity(id, activity(partner)));
		this.mother.as(bandung, () -> this.plans.addContribution(id, added.getId(),
				new ContributionDetails(partner, ContributionKind.INSTRUCTOR_HOURS, "Instruktur 60 jam", 9_000_000)));

		var gate = this.mother.as(bandung, () -> this.partnerships.gateStatus(id));
		assertThat(gate.facts().workPlanReady()).isTrue();
		WorkPlan plan = this.mother.as(bandung, () -> this.plans.current(id)).orElseThrow();
		assertThat(plan.getCycle()).isEqualTo(partnership.getCycle());
		assertThat(plan.getActivities()).singleElement().satisfies((a) -> assertThat(a.getContributions()).hasSize(1));
		assertThat(plan.totalsPerParty()).containsExactly(new WorkPlanRules.PartyTotal(partner, 0, 9_000_000));

		this.mother.as(bandung, () -> {
			this.plans.removeActivity(id, added.getId());
			return null;
		});
		assertThat(this.mother.as(bandung, () -> this.partnerships.gateStatus(id)).facts().workPlanReady()).isFalse();
	}

	@Test
	void aPartyMustBeThePartnershipsOwn() {
		var bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		Partnership other = this.mother.partnership(bandung);
		var stranger = other.partnerIds().get(0);
		assertThatThrownBy(() -> this.mother.as(bandung,
				() -> this.plans.addObjective(partnership.getId(), new ObjectiveDetails("Lulusan terserap", stranger))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.errors().getFieldError("proposedBy")).isNotNull());
		assertThat(this.mother.as(bandung, () -> this.plans.current(partnership.getId()))).isEmpty();
	}

	@Test
	void editsCheckTheVersionAndItemsOfAnotherPartnershipAreNotFound() {
		var bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		Partnership other = this.mother.partnership(bandung);
		PlanObjective objective = this.mother.as(bandung,
				() -> this.plans.addObjective(partnership.getId(), new ObjectiveDetails("Sasaran awal", null)));
		PlanObjective changed = this.mother.as(bandung, () -> this.plans.updateObjective(partnership.getId(),
				objective.getId(), objective.getVersion(), new ObjectiveDetails("Sasaran baru", null)));
		assertThat(changed.getText()).isEqualTo("Sasaran baru");
		assertThatThrownBy(
				() -> this.mother.as(bandung,
						() -> this.plans.updateObjective(partnership.getId(), objective.getId(), objective.getVersion(),
								new ObjectiveDetails("Lagi", null))))
			.isInstanceOf(id.jejaring.shared.StaleDataException.class);
		this.mother.as(bandung, () -> this.plans.addObjective(other.getId(), new ObjectiveDetails("Lain", null)));
		assertThatThrownBy(() -> this.mother.as(bandung, () -> {
			this.plans.removeObjective(other.getId(), objective.getId());
			return null;
		})).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.mother.as(this.mother.semarang(), () -> this.plans.current(partnership.getId())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMergedPartnerIsFollowedByThePlan() {
		var bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		var id = partnership.getId();
		var partnerId = partnership.partnerIds().get(0);
		var activity = this.mother.as(bandung, () -> this.plans.addActivity(id, activity(partnerId)));
		this.mother.as(bandung, () -> this.plans.addContribution(id, activity.getId(),
				new ContributionDetails(partnerId, ContributionKind.CASH, "Honor instruktur", 4_000_000)));
		Partner survivor = this.mother.partner(bandung);
		this.mother.as(bandung, () -> {
			Partner merged = this.partners.get(partnerId);
			return this.partners.merge(survivor.getId(), survivor.getVersion(), merged.getId(), merged.getVersion());
		});
		PlanActivity moved = this.mother.as(bandung, () -> this.plans.current(id)).orElseThrow().getActivities().get(0);
		assertThat(moved.getResponsiblePartnerId()).isEqualTo(survivor.getId());
		assertThat(moved.getProposedBy()).isEqualTo(survivor.getId());
		assertThat(moved.getContributions().get(0).getPartnerId()).isEqualTo(survivor.getId());
	}

	@Test
	void onlyManagersAndStaffChangeThePlan() {
		var bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		assertThatThrownBy(() -> this.mother.as(bandung, "ROLE_FACILITATOR",
				() -> this.plans.addObjective(partnership.getId(), new ObjectiveDetails("Tidak boleh", null))))
			.isInstanceOf(AccessDeniedException.class);
	}

}
