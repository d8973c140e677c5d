package id.jejaring.partnership;

/**
 * How the institution presented itself to the partner in exploration (penjajagan): an
 * audience, a presentation of its profile and programs, or a socialisation event.
 */
public enum ExplorationFormat {

	AUDIENCE, PRESENTATION, SOCIALISATION;

	public String messageKey() {
		return "exploration.format." + name();
	}

}
