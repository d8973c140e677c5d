package id.jejaring.followup;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.ContributionDetails;
import id.jejaring.workplan.ContributionKind;
import id.jejaring.workplan.IndicatorDetails;
import id.jejaring.workplan.IndicatorMeasure;
import id.jejaring.workplan.ObjectiveDetails;
import id.jejaring.workplan.WorkPlans;

import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Partnerships for the follow-up tests: one at a stage with a plan of two of everything
 * for its current cycle (2026), and the Bandung users who may own actions.
 */
final class FollowUpFixtures {

	final PartnershipMother mother;

	final WorkPlans plans;

	final FollowUps followUps;

	final UserDetailsService users;

	final Partnerships partnerships;

	FollowUpFixtures(PartnershipMother mother, WorkPlans plans, FollowUps followUps, UserDetailsService users,
			Partnerships partnerships) {
		this.partnerships = partnerships;
		this.mother = mother;
		this.plans = plans;
		this.followUps = followUps;
		this.users = users;
	}

	UUID bandung() {
		return this.mother.bandung();
	}

	UUID user(String username) {
		return ((JejaringUser) this.users.loadUserByUsername(username)).id();
	}

	/** The ids of a plan: objectives, indicators, activities. */
	record Plan(Partnership partnership, UUID objective1, UUID objective2, UUID indicator1, UUID indicator2,
			UUID activity1, UUID activity2) {
	}

	Plan withPlan(Stage stage) {
		UUID bandung = bandung();
		Partnership partnership = this.mother.atStage(bandung, stage);
		UUID id = partnership.getId();
		return this.mother.as(bandung, () -> {
			var o1 = this.plans.addObjective(id, new ObjectiveDetails("Lulusan terserap industri", null));
			var o2 = this.plans.addObjective(id, new ObjectiveDetails("Sasaran yang tidak dilanjutkan", null));
			var i1 = this.plans.addIndicator(id,
					new IndicatorDetails(IndicatorMeasure.PARTICIPANTS_TRAINED, null, null, 0, 40, null));
			var i2 = this.plans.addIndicator(id,
					new IndicatorDetails(IndicatorMeasure.GRADUATES_PLACED, null, null, 2, 10, null));
			var a1 = this.plans.addActivity(id,
					new ActivityDetails("Pelatihan menjahit angkatan 1", NeedAspect.FACILITIES, null,
							LocalDate.of(2027, 2, 2), LocalDate.of(2027, 4, 30), "Bengkel BLK", 12_000_000, null));
			this.plans.addContribution(id, a1.getId(),
					new ContributionDetails(null, ContributionKind.CASH, "Bahan praktik", 2_000_000));
			this.plans.addContribution(id, a1.getId(), new ContributionDetails(partnership.partnerIds().get(0),
					ContributionKind.INSTRUCTOR_HOURS, "Instruktur 120 jam", 10_000_000));
			var a2 = this.plans.addActivity(id, new ActivityDetails("Peluncuran sekali saja", NeedAspect.JOINT_PROGRAM,
					null, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 10), "LKP", 500_000, null));
			return new Plan(this.partnerships.get(id), o1.getId(), o2.getId(), i1.getId(), i2.getId(), a1.getId(),
					a2.getId());
		});
	}

	/** The partnership as it is now. */
	Partnership reload(UUID id) {
		return this.mother.as(bandung(), () -> this.partnerships.get(id));
	}

	/** The manager's decision for the partnership's cycle. */
	CycleDecision decide(UUID id, DecisionOutcome outcome, String reason) {
		return this.mother.as(bandung(), "ROLE_MANAGER",
				() -> this.followUps.decide(id, 0, new DecisionDetails(outcome, reason)));
	}

}
