package id.jejaring.partnership.web;

import java.util.List;
import java.util.UUID;

import id.jejaring.partnership.Interaction;
import id.jejaring.partnership.InteractionApproach;
import id.jejaring.partnership.InteractionDetails;
import id.jejaring.partnership.InteractionKind;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An interaction as edited in the form and sent to the API; dates as {@code yyyy-mm-dd}
 * text. The service checks the rest (date not in the future, the partner's contacts, the
 * partnership's party, the follow-up owner on staff).
 */
public record InteractionForm(UUID partnerId, UUID partnershipId,
		@Pattern(regexp = Inputs.DATE, message = "{validation.date}") String occurredOn, InteractionKind kind,
		InteractionApproach approach, @Size(max = 1000) String purpose, @Size(max = 4000) String summary,
		@Size(max = 2000) String outcome, @Size(max = 1000) String followUpAction,
		@Pattern(regexp = Inputs.DATE, message = "{validation.date}") String followUpDue, UUID followUpOwnerId,
		List<UUID> contactIds, Long version) {

	static InteractionForm start(UUID partnerId, UUID partnershipId, String today) {
		return new InteractionForm(partnerId, partnershipId, today, InteractionKind.VISIT, InteractionApproach.FORMAL,
				null, null, null, null, null, null, List.of(), 0L);
	}

	static InteractionForm of(Interaction interaction) {
		InteractionDetails d = interaction.details();
		return new InteractionForm(d.partnerId(), d.partnershipId(), Inputs.text(d.occurredOn()), d.kind(),
				d.approach(), d.purpose(), d.summary(), d.outcome(), d.followUpAction(), Inputs.text(d.followUpDue()),
				d.followUpOwnerId(), d.contactIds(), interaction.getVersion());
	}

	/** Checks the dates exist, before the service's rules. */
	/** The version read; none counts as stale on a change (a new record ignores it). */
	long versionRead() {
		return (this.version != null) ? this.version : -1;
	}

	void check(Errors errors) {
		Inputs.checkDate(errors, "occurredOn", this.occurredOn);
		Inputs.checkDate(errors, "followUpDue", this.followUpDue);
	}

	public boolean hasContact(UUID contactId) {
		return this.contactIds != null && this.contactIds.contains(contactId);
	}

	InteractionDetails details() {
		return new InteractionDetails(this.partnerId, this.partnershipId, Inputs.date(this.occurredOn), this.kind,
				this.approach, Texts.clean(this.purpose), Texts.clean(this.summary), Texts.clean(this.outcome),
				Texts.clean(this.followUpAction), Inputs.date(this.followUpDue), this.followUpOwnerId,
				(this.contactIds != null) ? this.contactIds.stream().filter(java.util.Objects::nonNull).toList()
						: List.of());
	}

}
