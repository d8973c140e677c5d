package id.jejaring.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The editable content of a need, including the partner criteria (validated and
 * normalised by the caller).
 */
public record NeedDetails(UUID programId, RequirementComponent component, NeedAspect aspect, String title,
		String details, Long quantity, Long amountRupiah, LocalDate neededBy, String timingNote,
		RegionScope regionScope, String requiredCapability, String minimumCommitment, List<String> partnerCategories) {
}
