package id.jejaring.partnership;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gate of each stage (the domain's "gate to leave it" column): what must be recorded
 * before a partnership moves forward from that stage. Each gate is a small named policy
 * over {@link GateFacts}; an empty answer means the way is open.
 */
public final class StageGates {

	/** Mapping: a partner and a need are linked. */
	static final Gate MAPPING_GATE = (facts, missing) -> {
		if (facts.partnerCount() < 1) {
			missing.add(Missing.of("partnership.gate.partner"));
		}
		if (facts.needCount() < 1) {
			missing.add(Missing.of("partnership.gate.need"));
		}
	};

	/** Information gathering: at least one interaction logged. */
	static final Gate INFORMATION_GATE = (facts, missing) -> {
		if (facts.interactionCount() < 1) {
			missing.add(Missing.of("partnership.gate.interaction"));
		}
	};

	/**
	 * Analysis: every partner analysed with a decision, and at least one to proceed with.
	 */
	static final Gate ANALYSIS_GATE = (facts, missing) -> {
		if (facts.decidedPartnerCount() < facts.partnerCount() || facts.partnerCount() == 0) {
			missing.add(Missing.of("partnership.gate.analysis", facts.decidedPartnerCount(), facts.partnerCount()));
		}
		else if (!facts.anyProceed()) {
			missing.add(Missing.of("partnership.gate.analysisProceed"));
		}
	};

	/** Exploration: the outcome recorded, and the partner agreed to plan together. */
	static final Gate EXPLORATION_GATE = (facts, missing) -> {
		if (!facts.explorationRecorded()) {
			missing.add(Missing.of("partnership.gate.exploration"));
		}
		else if (!facts.explorationAgreed()) {
			missing.add(Missing.of("partnership.gate.explorationAgreed"));
		}
	};

	/** Joint work plan: a plan with at least one activity and one indicator. */
	static final Gate WORK_PLAN_GATE = (facts, missing) -> {
		if (!facts.workPlanReady()) {
			missing.add(Missing.of("partnership.gate.workPlan"));
		}
	};

	/**
	 * Agreement, the way into signing: a draft holding every required clause, and the
	 * four conditions hold.
	 */
	static final Gate AGREEMENT_GATE = (facts, missing) -> {
		if (!facts.agreementDraftComplete()) {
			missing.add(Missing.of("partnership.gate.agreementDraft"));
		}
		FourConditions.of(facts)
			.stream()
			.filter((condition) -> !condition.met())
			.forEach((condition) -> missing.add(Missing.of(condition.messageKey() + ".missing")));
	};

	/** Signing: the signed document and dates recorded. */
	static final Gate SIGNING_GATE = (facts, missing) -> {
		if (!facts.agreementSigned()) {
			missing.add(Missing.of("partnership.gate.signed"));
		}
	};

	/** Implementation: carried out as agreed; monitoring may start at any time. */
	static final Gate IMPLEMENTATION_GATE = (facts, missing) -> {
	};

	/** Monitoring and evaluation: a joint evaluation. */
	static final Gate EVALUATION_GATE = (facts, missing) -> {
		if (!facts.jointEvaluation()) {
			missing.add(Missing.of("partnership.gate.evaluation"));
		}
	};

	/** Improvement: a decision to continue or stop. */
	static final Gate IMPROVEMENT_GATE = (facts, missing) -> {
		if (!facts.continuationDecision()) {
			missing.add(Missing.of("partnership.gate.decision"));
		}
	};

	/** Follow-up is left by starting the next cycle or closing, not by a move forward. */
	static final Gate FOLLOW_UP_GATE = (facts, missing) -> missing.add(Missing.of("partnership.gate.followUp"));

	private static final Map<Stage, Gate> GATES = new EnumMap<>(Map.ofEntries(Map.entry(Stage.MAPPING, MAPPING_GATE),
			Map.entry(Stage.INFORMATION_GATHERING, INFORMATION_GATE), Map.entry(Stage.ANALYSIS, ANALYSIS_GATE),
			Map.entry(Stage.EXPLORATION, EXPLORATION_GATE), Map.entry(Stage.JOINT_WORK_PLAN, WORK_PLAN_GATE),
			Map.entry(Stage.AGREEMENT, AGREEMENT_GATE), Map.entry(Stage.SIGNING, SIGNING_GATE),
			Map.entry(Stage.IMPLEMENTATION, IMPLEMENTATION_GATE),
			Map.entry(Stage.MONITORING_EVALUATION, EVALUATION_GATE), Map.entry(Stage.IMPROVEMENT, IMPROVEMENT_GATE),
			Map.entry(Stage.FOLLOW_UP, FOLLOW_UP_GATE)));

	private StageGates() {
	}

	/**
	 * What is still missing to move forward from the stage; empty when the gate is open.
	 */
	public static List<Missing> missingToLeave(Stage stage, GateFacts facts) {
		List<Missing> missing = new ArrayList<>();
		GATES.get(stage).check(facts, missing);
		return List.copyOf(missing);
	}

	/** A gate: adds what is missing to the list. */
	@FunctionalInterface
	interface Gate {

		void check(GateFacts facts, List<Missing> missing);

	}

}
