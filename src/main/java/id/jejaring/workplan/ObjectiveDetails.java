package id.jejaring.workplan;

import java.util.UUID;

/**
 * An objective as entered.
 *
 * @param text what the partnership wants to reach
 * @param proposedBy the partner that proposed it, or {@code null} for the institution
 */
public record ObjectiveDetails(String text, UUID proposedBy) {

}
