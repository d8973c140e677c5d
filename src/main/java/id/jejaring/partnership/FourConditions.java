package id.jejaring.partnership;

import java.util.List;

/**
 * The four conditions (syarat kemitraan) that must hold before signing: two or more
 * parties (the institution plus at least one partner), a shared vision, an agreement, and
 * mutual need. Shown as a checklist on the partnership page; the agreement gate requires
 * all.
 */
public final class FourConditions {

	private FourConditions() {
	}

	public static List<Condition> of(GateFacts facts) {
		return List.of(new Condition("partnership.condition.parties", facts.partnerCount() >= 1),
				new Condition("partnership.condition.sharedVision", facts.sharedVision()),
				new Condition("partnership.condition.agreement", facts.agreementDraftComplete()),
				new Condition("partnership.condition.mutualNeed", facts.mutualNeed()));
	}

	public static boolean allHold(GateFacts facts) {
		return of(facts).stream().allMatch(Condition::met);
	}

	/** One condition with whether it holds. */
	public record Condition(String messageKey, boolean met) {
	}

}
