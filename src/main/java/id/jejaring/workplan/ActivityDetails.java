package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;

/**
 * An activity as entered.
 *
 * @param description what will be done
 * @param aspect the aspect partnered
 * @param responsible the partner responsible, or {@code null} for the institution
 * @param startsOn the first day
 * @param endsOn the last day (not before the first)
 * @param place where it happens
 * @param budget the budget in whole rupiah
 * @param proposedBy the partner that proposed it, or {@code null} for the institution
 */
public record ActivityDetails(String description, NeedAspect aspect, UUID responsible, LocalDate startsOn,
		LocalDate endsOn, String place, long budget, UUID proposedBy) {

}
