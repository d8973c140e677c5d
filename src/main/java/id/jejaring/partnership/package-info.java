/**
 * The partnership lifecycle (langkah-langkah kemitraan): partnerships joining the
 * institution and its partners around needs and aspects, with a pattern and strategy; the
 * eleven stages with their gates ({@link id.jejaring.partnership.StageGates}) and the
 * four conditions; the stage history and the
 * {@link id.jejaring.partnership.PartnershipStageChanged} event; the records made along
 * the way (interactions, analyses, explorations). Gates that need records of later
 * modules ask them through small interfaces this module owns
 * ({@link id.jejaring.partnership.WorkPlanRecords},
 * {@link id.jejaring.partnership.AgreementRecords},
 * {@link id.jejaring.partnership.EvaluationRecords},
 * {@link id.jejaring.partnership.DecisionRecords}) and refuse until an implementation
 * answers. The pipeline ({@link id.jejaring.partnership.Pipeline}: board, table, export)
 * and the partner recommendation for a need
 * ({@link id.jejaring.partnership.PartnerRecommendations} ranked by
 * {@link id.jejaring.partnership.PartnerRecommendationPolicy}) read partner names,
 * categories and offerings and staff names in grouped queries over those modules' public
 * entities, so a board or a ranking is a fixed handful of statements rather than one call
 * per partner. Uses {@code shared}, {@code identity} (the current user), {@code needs}
 * and {@code partner}; implements the partner module's deletion check and follows its
 * merges.
 */
package id.jejaring.partnership;
