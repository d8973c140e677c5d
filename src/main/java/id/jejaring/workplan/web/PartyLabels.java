package id.jejaring.workplan.web;

import java.util.Map;
import java.util.UUID;

/**
 * The names of a plan's parties for its pages, by the value a party field takes (empty
 * for the institution, otherwise the partner's id).
 */
record PartyLabels(Map<String, String> byValue) {

	/** The name of a party: the institution for {@code null}. */
	public String of(UUID partnerId) {
		return this.byValue.getOrDefault(PlanInput.party(partnerId), "");
	}

}
