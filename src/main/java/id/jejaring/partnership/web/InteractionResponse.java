package id.jejaring.partnership.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.AttachmentInfo;
import id.jejaring.partnership.Interaction;
import id.jejaring.partnership.InteractionApproach;
import id.jejaring.partnership.InteractionKind;
import id.jejaring.partnership.InteractionView;

/**
 * An interaction as JSON, with the names of its partner and owner and its attachments.
 */
record InteractionResponse(UUID id, long version, UUID partnerId, String partnerName, UUID partnershipId,
		LocalDate occurredOn, InteractionKind kind, InteractionApproach approach, String purpose, String summary,
		String outcome, String followUpAction, LocalDate followUpDue, UUID followUpOwnerId, String followUpOwnerName,
		boolean followUpDone, List<UUID> contactIds, List<String> contactNames, List<Attachment> attachments) {

	static InteractionResponse of(InteractionView view) {
		Interaction i = view.interaction();
		return new InteractionResponse(i.getId(), i.getVersion(), i.getPartnerId(), view.partnerName(),
				i.getPartnershipId(), i.getOccurredOn(), i.getKind(), i.getApproach(), i.getPurpose(), i.getSummary(),
				i.getOutcome(), i.getFollowUpAction(), i.getFollowUpDue(), i.getFollowUpOwnerId(),
				view.followUpOwnerName(), i.isFollowUpDone(), i.contactIds(), view.contactNames(),
				view.attachments().stream().map(Attachment::of).toList());
	}

	/** A file attached to the interaction; download it from {@code downloadUrl}. */
	record Attachment(UUID id, String fileName, String contentType, long size, Instant createdAt, String createdBy,
			String downloadUrl) {

		static Attachment of(AttachmentInfo info) {
			return new Attachment(info.id(), info.fileName(), info.contentType(), info.size(), info.createdAt(),
					info.createdBy(), "/api/v1/interactions/attachments/" + info.id());
		}

	}

}
