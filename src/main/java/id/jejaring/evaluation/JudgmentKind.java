package id.jejaring.evaluation;

/**
 * What a judgment in the evaluation is about: an activity of the plan or an indicator.
 */
public enum JudgmentKind {

	ACTIVITY, INDICATOR

}
