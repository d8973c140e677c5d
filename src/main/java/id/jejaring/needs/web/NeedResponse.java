package id.jejaring.needs.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedStatus;
import id.jejaring.needs.RegionScope;
import id.jejaring.needs.RequirementComponent;

/**
 * A need as JSON, with its partner criteria.
 */
record NeedResponse(UUID id, long version, UUID programId, String programName, UUID requirementId,
		RequirementComponent component, NeedAspect aspect, String title, String details, Long quantity,
		Long amountRupiah, LocalDate neededBy, String timingNote, int priorityRank, NeedStatus status,
		String dropReason, Criteria partnerCriteria) {

	static NeedResponse of(Need n, String programName) {
		return new NeedResponse(n.getId(), n.getVersion(), n.getProgramId(), programName, n.getRequirementId(),
				n.getComponent(), n.getAspect(), n.getTitle(), n.getDetails(), n.getQuantity(), n.getAmountRupiah(),
				n.getNeededBy(), n.getTimingNote(), n.getPriorityRank(), n.getStatus(), n.getDropReason(), new Criteria(
						n.categoryCodes(), n.getRegionScope(), n.getRequiredCapability(), n.getMinimumCommitment()));
	}

	/** What a candidate partner should be. */
	record Criteria(List<String> partnerCategories, RegionScope regionScope, String requiredCapability,
			String minimumCommitment) {
	}

}
