package id.jejaring.partnership;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Gathers the {@link GateFacts} of one partnership from its own records and from the
 * later modules' records interfaces; a question no module answers yet counts as "not
 * recorded", so those gates refuse until the records exist.
 */
@Component
class GateFactsCollector {

	private final InteractionRepository interactions;

	private final AnalysisRepository analyses;

	private final ExplorationRepository explorations;

	private final List<WorkPlanRecords> workPlans;

	private final List<AgreementRecords> agreements;

	private final List<EvaluationRecords> evaluations;

	private final List<DecisionRecords> decisions;

	GateFactsCollector(InteractionRepository interactions, AnalysisRepository analyses,
			ExplorationRepository explorations, List<WorkPlanRecords> workPlans, List<AgreementRecords> agreements,
			List<EvaluationRecords> evaluations, List<DecisionRecords> decisions) {
		this.interactions = interactions;
		this.analyses = analyses;
		this.explorations = explorations;
		this.workPlans = workPlans;
		this.agreements = agreements;
		this.evaluations = evaluations;
		this.decisions = decisions;
	}

	GateFacts collect(Partnership partnership) {
		UUID id = partnership.getId();
		List<UUID> partnerIds = partnership.partnerIds();
		long interactionCount = partnerIds.isEmpty() ? this.interactions.countByPartnershipId(id)
				: this.interactions.countForPartnership(id, partnerIds);
		Set<UUID> parties = Set.copyOf(partnerIds);
		List<Analysis> current = this.analyses.findByPartnershipId(id)
			.stream()
			.filter((analysis) -> parties.contains(analysis.getPartnerId()))
			.toList();
		Set<UUID> decided = current.stream()
			.filter((analysis) -> analysis.getDecision() != null)
			.map(Analysis::getPartnerId)
			.collect(Collectors.toSet());
		List<Exploration> held = this.explorations.findByPartnershipIdOrderByHeldOnAsc(id);
		Exploration latest = held.isEmpty() ? null : held.get(held.size() - 1);
		int cycle = partnership.getCycle();
		return new GateFacts(partnerIds.size(), partnership.needIds().size(), (int) interactionCount, current.size(),
				decided.size(), current.stream().anyMatch((a) -> a.getDecision() == AnalysisDecision.PROCEED),
				current.stream().anyMatch((a) -> Boolean.TRUE.equals(a.getSharedVision())),
				current.stream().anyMatch((a) -> Boolean.TRUE.equals(a.getMutualNeed())),
				held.stream().anyMatch((e) -> e.getOutcome() != null),
				latest != null && latest.getOutcome() == ExplorationOutcome.AGREED_TO_PLAN,
				this.workPlans.stream().anyMatch((w) -> w.hasPlanWithActivityAndIndicator(id, cycle)),
				this.agreements.stream().anyMatch((a) -> a.hasCompleteDraft(id)),
				this.agreements.stream().anyMatch((a) -> a.isSigned(id)),
				this.evaluations.stream().anyMatch((e) -> e.hasJointEvaluation(id, cycle)),
				this.decisions.stream().anyMatch((d) -> d.hasContinuationDecision(id, cycle)));
	}

}
