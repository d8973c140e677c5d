package id.jejaring.partnership;

/**
 * The two strategies that frame a pattern: a long-term vision commitment, or implementing
 * a mission with agreed shared targets.
 */
public enum PartnershipStrategy {

	LONG_TERM_VISION, MISSION_IMPLEMENTATION;

	public String messageKey() {
		return "partnership.strategy." + name();
	}

}
