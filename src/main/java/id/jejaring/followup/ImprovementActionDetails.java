package id.jejaring.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An improvement action as entered.
 *
 * @param description what will be improved
 * @param ownerId the manager or staff member who owns it
 * @param dueOn when it is due
 * @param status where it stands
 * @param note how it went, optional
 */
public record ImprovementActionDetails(String description, UUID ownerId, LocalDate dueOn, ImprovementStatus status,
		String note) {

}
