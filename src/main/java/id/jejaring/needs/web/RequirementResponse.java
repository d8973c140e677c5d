package id.jejaring.needs.web;

import java.util.UUID;

import id.jejaring.needs.Gap;
import id.jejaring.needs.ProgramRequirement;
import id.jejaring.needs.RequirementComponent;

/**
 * A requirement line as JSON, with its gap and the need recorded from it (if any).
 */
record RequirementResponse(UUID id, long version, UUID programId, RequirementComponent component, String customName,
		Long requiredQuantity, String requiredDescription, Long availableQuantity, String availableDescription,
		boolean met, boolean gap, Long shortfall, UUID needId) {

	static RequirementResponse of(ProgramRequirement r, UUID needId) {
		Gap gap = r.gap();
		return new RequirementResponse(r.getId(), r.getVersion(), r.getProgramId(), r.getComponent(), r.getCustomName(),
				r.getRequiredQuantity(), r.getRequiredDescription(), r.getAvailableQuantity(),
				r.getAvailableDescription(), r.isMet(), gap.exists(), gap.shortfall(), needId);
	}

}
