package id.jejaring.followup;

/**
 * A cycle's decision as entered.
 *
 * @param outcome continue, continue with changes, or stop
 * @param reason why (required to stop or to continue with changes)
 */
public record DecisionDetails(DecisionOutcome outcome, String reason) {

}
