package id.jejaring.workplan;

import java.time.Instant;
import java.util.List;

/**
 * One change to a plan's item, for the plan's history.
 *
 * @param revision the Envers revision
 * @param at when it was saved
 * @param username who saved it
 * @param kind {@code ADD}, {@code MOD} or {@code DEL}
 * @param itemKey the message key naming the kind of item
 * @param label the item's own text, or {@code null} when {@code labelKey} names it
 * @param labelKey a message key naming the item (a catalogue indicator), or {@code null}
 * @param fieldKeys for a change, the message keys of the fields changed
 */
public record PlanChange(long revision, Instant at, String username, String kind, String itemKey, String label,
		String labelKey, List<String> fieldKeys) {

}
