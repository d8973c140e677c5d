/**
 * Improvement and follow-up (stages 10 and 11 of the lifecycle): the improvement actions
 * decided from a cycle's evaluation, each with its owner on staff, due date and status;
 * the manager's decision for the cycle to continue, continue with changes, or stop, with
 * its reason ({@link id.jejaring.followup.DecisionRules}); starting the next cycle, which
 * asks the partnership module for the new cycle's partnership, carries the plan over
 * through the work-plan module and offers the renewal of the last cycle's signed
 * agreements onto it; stopping closes the partnership with the decision's reason.
 * Implements the lifecycle's {@link id.jejaring.partnership.DecisionRecords}, so the
 * improvement gate opens once the cycle has a decision. Uses {@code shared},
 * {@code partnership}, {@code workplan} (the plan carried over, and what its indicators
 * reached), {@code agreement} and {@code evaluation} (the cycle's joint evaluation, shown
 * beside the next cycle's plan).
 */
package id.jejaring.followup;
