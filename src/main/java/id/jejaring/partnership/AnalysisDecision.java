package id.jejaring.partnership;

/**
 * The decision an analysis ends with: proceed to exploration, hold, or drop the partner.
 */
public enum AnalysisDecision {

	PROCEED, HOLD, DROP;

	public String messageKey() {
		return "analysis.decision." + name();
	}

}
