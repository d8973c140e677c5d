package id.jejaring.report;

import java.time.LocalDate;
import java.util.List;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementStatus;
import id.jejaring.evaluation.EvaluationSummary;
import id.jejaring.evaluation.MonitoringRecord;
import id.jejaring.followup.CycleDecision;
import id.jejaring.followup.ImprovementAction;
import id.jejaring.institution.Institution;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.workplan.ImplementationRules;
import id.jejaring.workplan.PlanProgress;
import id.jejaring.workplan.WorkPlanRules;

/**
 * Everything the report of one partnership cycle shows, gathered before rendering so the
 * template only lays it out.
 *
 * @param today the day the report is made (its date line)
 * @param contributions what each party brought to the plan's activities, in rupiah
 * @param owners names of the improvement actions' owners, by user id
 */
public record PartnershipReport(Institution institution, Partnership partnership,
		List<PartnershipRows.NamedParty> partners, List<AgreementLine> agreements, PlanProgress progress,
		List<Contribution> contributions, List<MonitoringRecord> monitoring, EvaluationSummary evaluation,
		List<ImprovementAction> improvements, java.util.Map<java.util.UUID, String> owners, CycleDecision decision,
		String decidedBy, LocalDate today) {

	/** An agreement of the partnership with its status on the report's day. */
	public record AgreementLine(Agreement agreement, AgreementStatus status) {
	}

	/** A party's contribution: its name and the totals in cash and in kind. */
	public record Contribution(String party, WorkPlanRules.PartyTotal total) {
	}

	/** How many activities ran to plan, of those planned. */
	public long activitiesToPlan() {
		return this.progress.activities().stream().filter(PlanProgress.Activity::ranToPlan).count();
	}

	/** How many indicators reached their target, of those planned. */
	public long indicatorsReached() {
		return this.progress.indicators().stream().filter(PlanProgress.Indicator::reached).count();
	}

	/** The share of its target an indicator reached, in percent. */
	public static int percent(PlanProgress.Indicator indicator) {
		return ImplementationRules.percent(indicator.actual(), indicator.target());
	}

}
