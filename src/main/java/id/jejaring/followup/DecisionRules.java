package id.jejaring.followup;

import java.util.ArrayList;
import java.util.List;

import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Stage;

import org.springframework.validation.Errors;

/**
 * The rules of the follow-up, without Spring: a decision needs its outcome and, to stop
 * or to continue with changes, its reason (what stops the partnership or what changes
 * must be read later); it is taken while the partnership is active at improvement or
 * follow-up and its next cycle is not started; the next cycle starts only from follow-up
 * with a decision to continue. An improvement action has what, an owner and a due date.
 */
public final class DecisionRules {

	/** The longest text kept (the columns' length). */
	public static final int TEXT_LENGTH = 2000;

	private DecisionRules() {
	}

	/** Whether the outcome needs a reason. */
	public static boolean needsReason(DecisionOutcome outcome) {
		return outcome == DecisionOutcome.STOP || outcome == DecisionOutcome.CONTINUE_WITH_CHANGES;
	}

	public static void check(DecisionDetails details, Errors errors) {
		if (details.outcome() == null) {
			errors.rejectValue("outcome", "validation.followup.outcome");
		}
		boolean blank = details.reason() == null || details.reason().isBlank();
		if (blank && needsReason(details.outcome())) {
			errors.rejectValue("reason", "validation.followup.reason");
		}
		else if (!blank && details.reason().length() > TEXT_LENGTH) {
			errors.rejectValue("reason", "validation.followup.text.long");
		}
	}

	public static void check(ImprovementActionDetails details, Errors errors) {
		if (details.description() == null || details.description().isBlank()) {
			errors.rejectValue("description", "validation.followup.description");
		}
		else if (details.description().length() > TEXT_LENGTH) {
			errors.rejectValue("description", "validation.followup.text.long");
		}
		if (details.ownerId() == null) {
			errors.rejectValue("ownerId", "validation.followup.owner");
		}
		if (details.dueOn() == null) {
			errors.rejectValue("dueOn", "validation.followup.dueOn");
		}
		if (details.note() != null && details.note().length() > TEXT_LENGTH) {
			errors.rejectValue("note", "validation.followup.text.long");
		}
	}

	/** What stops a decision being taken or changed now (message keys). */
	public static List<String> missingToDecide(Stage stage, PartnershipStatus status, boolean nextCycleStarted) {
		List<String> missing = new ArrayList<>();
		if (status != PartnershipStatus.ACTIVE) {
			missing.add("followup.refused.notActive");
		}
		if (stage != Stage.IMPROVEMENT && stage != Stage.FOLLOW_UP) {
			missing.add("followup.refused.stage");
		}
		if (nextCycleStarted) {
			missing.add("followup.refused.nextCycleStarted");
		}
		return missing;
	}

	/** What stops the next cycle being started from this one (message keys). */
	public static List<String> missingToStartNextCycle(Stage stage, PartnershipStatus status, CycleDecision decision) {
		List<String> missing = new ArrayList<>();
		if (status != PartnershipStatus.ACTIVE) {
			missing.add("followup.refused.notActive");
		}
		if (stage != Stage.FOLLOW_UP) {
			missing.add("followup.refused.notFollowUp");
		}
		if (decision == null || !decision.getOutcome().continues()) {
			missing.add("followup.refused.noContinueDecision");
		}
		else if (decision.getNextPartnershipId() != null) {
			missing.add("followup.refused.nextCycleStarted");
		}
		return missing;
	}

}
