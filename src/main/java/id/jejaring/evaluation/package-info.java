/**
 * Monitoring and joint evaluation of a partnership's cycle (stage 9, issue 7). Monitoring
 * records are kept per period of the partnership's cadence (monthly or quarterly;
 * quarterly until chosen) with progress, deviations, problems, solutions and follow-ups
 * with owners and dates; a record is due once a period has ended without one. The joint
 * evaluation is one set of answers per party: the institution's and each partner's
 * (recorded by the institution on the partner's behalf until the partner portal exists),
 * each complete when saved: every activity and indicator of the work plan judged
 * (prefilled from the plan), what hindered, the benefits felt and a rating 1–5 with a
 * note for each of the six principles. A cycle has a joint evaluation when the
 * institution's answers and at least one partner's answers are saved; that opens the
 * lifecycle's evaluation gate ({@link id.jejaring.partnership.EvaluationRecords}) and the
 * ratings feed the partner recommendation
 * ({@link id.jejaring.partnership.PartnerEvaluationScores}). Others read an evaluation
 * through {@link id.jejaring.evaluation.JointEvaluations#summary} and the
 * {@code evaluation/summary :: summary(summary)} fragment. Uses {@code shared},
 * {@code partnership} (the partnership, its cycle, stage and parties), {@code workplan}
 * (the plan's activities and indicators) and {@code institution} (its name).
 */
package id.jejaring.evaluation;
