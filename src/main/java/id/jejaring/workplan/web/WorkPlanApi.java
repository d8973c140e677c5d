package id.jejaring.workplan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.workplan.ActivityContribution;
import id.jejaring.workplan.ActivityDetails;
import id.jejaring.workplan.ContributionDetails;
import id.jejaring.workplan.ContributionKind;
import id.jejaring.workplan.IndicatorDetails;
import id.jejaring.workplan.IndicatorMeasure;
import id.jejaring.workplan.ObjectiveDetails;
import id.jejaring.workplan.PlanActivity;
import id.jejaring.workplan.PlanIndicator;
import id.jejaring.workplan.PlanObjective;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlanRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The work plan API's requests and answers. A party ({@code proposedBy},
 * {@code responsible}, {@code party}) is a partner of the partnership, or null for the
 * institution; money is whole rupiah.
 */
final class WorkPlanApi {

	private WorkPlanApi() {
	}

	record ObjectiveRequest(Long version, @NotBlank(message = "{validation.workplan.objective}") @Size(max = 2000,
			message = "{validation.workplan.objective.long}") String text, UUID proposedBy) {

		ObjectiveDetails details() {
			return new ObjectiveDetails(this.text.strip(), this.proposedBy);
		}

	}

	record IndicatorRequest(Long version, IndicatorMeasure measure,
			@Size(max = 200, message = "{validation.workplan.text.long}") String name,
			@Size(max = 50, message = "{validation.workplan.text.long}") String unit,
			@NotNull(message = "{validation.workplan.number}") Long baseline,
			@NotNull(message = "{validation.workplan.number}") Long target, UUID proposedBy) {

		IndicatorDetails details() {
			return new IndicatorDetails(this.measure, PlanInput.text(this.name), PlanInput.text(this.unit),
					this.baseline, this.target, this.proposedBy);
		}

	}

	record ActivityRequest(Long version,
			@NotBlank(message = "{validation.workplan.description}") @Size(max = 1000,
					message = "{validation.workplan.text.long}") String description,
			@NotNull(message = "{validation.workplan.aspect}") NeedAspect aspect, UUID responsible,
			@NotBlank(message = "{validation.workplan.date}") @Pattern(regexp = PlanInput.DATE,
					message = "{validation.workplan.date}") String startsOn,
			@NotBlank(message = "{validation.workplan.date}") @Pattern(regexp = PlanInput.DATE,
					message = "{validation.workplan.date}") String endsOn,
			@Size(max = 200, message = "{validation.workplan.text.long}") String place,
			@NotNull(message = "{validation.workplan.rupiah}") Long budget, UUID proposedBy) {

		ActivityDetails details() {
			return new ActivityDetails(this.description.strip(), this.aspect, this.responsible,
					PlanInput.date(this.startsOn), PlanInput.date(this.endsOn), PlanInput.text(this.place), this.budget,
					this.proposedBy);
		}

	}

	record ContributionRequest(UUID party, @NotNull(message = "{validation.workplan.kind}") ContributionKind kind,
			@NotBlank(message = "{validation.workplan.contributionDescription}") @Size(max = 500,
					message = "{validation.workplan.text.long}") String description,
			@NotNull(message = "{validation.workplan.contributionValue}") Long value) {

		ContributionDetails details() {
			return new ContributionDetails(this.party, this.kind, this.description.strip(), this.value);
		}

	}

	record PlanResponse(UUID partnershipId, int cycle, int year, boolean started, List<ObjectiveResponse> objectives,
			List<IndicatorResponse> indicators, List<ActivityResponse> activities, List<PartyTotal> totalsPerParty,
			long totalBudget) {

		static PlanResponse of(Partnership partnership, WorkPlan plan) {
			if (plan == null) {
				return new PlanResponse(partnership.getId(), partnership.getCycle(), partnership.getYear(), false,
						List.of(), List.of(), List.of(), List.of(), 0);
			}
			return new PlanResponse(partnership.getId(), plan.getCycle(), partnership.getYear(), true,
					plan.getObjectives().stream().map(ObjectiveResponse::of).toList(),
					plan.getIndicators().stream().map(IndicatorResponse::of).toList(),
					plan.getActivities().stream().map(ActivityResponse::of).toList(),
					plan.totalsPerParty().stream().map(PartyTotal::of).toList(), plan.totalBudget());
		}

	}

	record ObjectiveResponse(UUID id, long version, String text, UUID proposedBy, String updatedBy, Instant updatedAt) {

		static ObjectiveResponse of(PlanObjective o) {
			return new ObjectiveResponse(o.getId(), o.getVersion(), o.getText(), o.getProposedBy(), o.getUpdatedBy(),
					o.getUpdatedAt());
		}

	}

	record IndicatorResponse(UUID id, long version, IndicatorMeasure measure, String name, String unit, long baseline,
			long target, boolean rupiah, UUID proposedBy, String updatedBy, Instant updatedAt) {

		static IndicatorResponse of(PlanIndicator i) {
			return new IndicatorResponse(i.getId(), i.getVersion(), i.getMeasure(), i.getName(), i.getUnit(),
					i.getBaseline(), i.getTarget(), i.isRupiah(), i.getProposedBy(), i.getUpdatedBy(),
					i.getUpdatedAt());
		}

	}

	record ActivityResponse(UUID id, long version, String description, NeedAspect aspect, UUID responsible,
			LocalDate startsOn, LocalDate endsOn, String place, long budget, UUID proposedBy,
			List<ContributionResponse> contributions, long totalContributed, String updatedBy, Instant updatedAt) {

		static ActivityResponse of(PlanActivity a) {
			return new ActivityResponse(a.getId(), a.getVersion(), a.getDescription(), a.getAspect(),
					a.getResponsiblePartnerId(), a.getStartsOn(), a.getEndsOn(), a.getPlace(), a.getBudget(),
					a.getProposedBy(), a.getContributions().stream().map(ContributionResponse::of).toList(),
					a.totalContributed(), a.getUpdatedBy(), a.getUpdatedAt());
		}

	}

	record ContributionResponse(UUID id, UUID party, ContributionKind kind, String description, long value) {

		static ContributionResponse of(ActivityContribution c) {
			return new ContributionResponse(c.getId(), c.getPartnerId(), c.getKind(), c.getDescription(), c.getValue());
		}

	}

	record PartyTotal(UUID party, long cash, long inKind, long total) {

		static PartyTotal of(WorkPlanRules.PartyTotal t) {
			return new PartyTotal(t.partnerId(), t.cash(), t.inKind(), t.total());
		}

	}

}
