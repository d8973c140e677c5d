package id.jejaring.workplan;

import java.time.LocalDate;

/**
 * Where an activity stands, as reported: its stored status (never late), progress in
 * percent, the actual dates and, when cancelled, why.
 */
public record ActivityReport(ActivityStatus status, int progress, LocalDate actualStart, LocalDate actualEnd,
		String cancelReason) {

}
