/**
 * The joint work plan of a partnership's cycle (stage 5, then used through
 * implementation): objectives, indicators with a baseline and a target (from the
 * catalogue of figures LKPs are judged by, {@link id.jejaring.workplan.IndicatorMeasure},
 * or the institution's own), and activities with their aspect, responsible party, dates,
 * place, budget and each party's contribution in cash or in kind, valued in rupiah. Each
 * item records the party that proposed it; Envers keeps who changed what. Implements the
 * lifecycle's {@link id.jejaring.partnership.WorkPlanRecords}, so the work-plan gate
 * opens once the plan has an activity and an indicator. Implementation (stage 8,
 * {@link id.jejaring.workplan.PlanImplementation}): each activity's stored status,
 * progress and actual dates (late is derived,
 * {@link id.jejaring.workplan.ImplementationRules}), evidence reviewed by the manager,
 * indicator actuals per month, the flags and the dashboard's view;
 * {@link id.jejaring.workplan.PlanProgress} is the read contract other modules use
 * (monitoring, evaluation, reports). Uses {@code shared}, {@code needs} (the aspect),
 * {@code partnership} (the partnership, its cycle and parties) and {@code institution}
 * (the institution's name in the export).
 */
package id.jejaring.workplan;
