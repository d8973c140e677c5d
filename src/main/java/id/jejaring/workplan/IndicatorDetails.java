package id.jejaring.workplan;

import java.util.UUID;

/**
 * An indicator as entered: a measure from the catalogue, or (without one) the
 * institution's own name and unit.
 *
 * @param measure the catalogue figure, or {@code null} for the institution's own
 * @param name the own indicator's name (ignored for a catalogue figure)
 * @param unit the own indicator's unit (ignored for a catalogue figure)
 * @param baseline the figure before the plan
 * @param target the figure the plan aims at
 * @param proposedBy the partner that proposed it, or {@code null} for the institution
 */
public record IndicatorDetails(IndicatorMeasure measure, String name, String unit, long baseline, long target,
		UUID proposedBy) {

}
