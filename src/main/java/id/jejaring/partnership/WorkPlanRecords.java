package id.jejaring.partnership;

import java.util.UUID;

/**
 * What the lifecycle asks the work-plan module (implemented in {@code workplan}): is
 * there a joint work plan for this partnership's cycle with at least one activity and one
 * indicator? Without an implementation the work-plan gate refuses.
 */
public interface WorkPlanRecords {

	boolean hasPlanWithActivityAndIndicator(UUID partnershipId, int cycle);

}
