package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * An interaction as shown in a list or on its page: the record with the names of its
 * partner, contacts and follow-up owner, and its attachments.
 */
public record InteractionView(Interaction interaction, String partnerName, List<String> contactNames,
		String followUpOwnerName, List<AttachmentInfo> attachments) {

	/** An open follow-up whose due date has passed. */
	public boolean overdue(LocalDate today) {
		return !this.interaction.isFollowUpDone() && this.interaction.getFollowUpDue() != null
				&& this.interaction.getFollowUpDue().isBefore(today);
	}

}
