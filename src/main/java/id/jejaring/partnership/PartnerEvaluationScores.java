package id.jejaring.partnership;

import java.util.Map;
import java.util.UUID;

/**
 * The extension point for evaluation ratings in the partner recommendation: the
 * evaluation module (a later issue) implements it with each partner's mean
 * joint-evaluation rating (1–5) in the current institution. Until then there is no
 * implementation and the ranking leaves evaluation out rather than guessing.
 */
public interface PartnerEvaluationScores {

	/** Mean rating per partner, for the partners that have one; one query. */
	Map<UUID, Double> averageByPartner();

}
