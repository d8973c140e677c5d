package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A contact with a partner (catatan interaksi): when, with whom, in which partnership if
 * any, what kind and which approach, why, what was said and what came of it, and the
 * follow-up action with its due date and who does it.
 */
@Entity
@Audited
@Table(name = "interaction")
public class Interaction extends TenantOwnedEntity {

	@Column(nullable = false)
	private UUID partnerId;

	private UUID partnershipId;

	@Column(nullable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InteractionKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InteractionApproach approach;

	private String purpose;

	private String summary;

	private String outcome;

	private String followUpAction;

	private LocalDate followUpDue;

	private UUID followUpOwnerId;

	private boolean followUpDone;

	@OneToMany(mappedBy = "interaction", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	private List<InteractionContact> contacts = new ArrayList<>();

	protected Interaction() {
	}

	Interaction(InteractionDetails details) {
		update(details);
	}

	void update(InteractionDetails details) {
		this.partnerId = details.partnerId();
		this.partnershipId = details.partnershipId();
		this.occurredOn = details.occurredOn();
		this.kind = details.kind();
		this.approach = details.approach();
		this.purpose = details.purpose();
		this.summary = details.summary();
		this.outcome = details.outcome();
		this.followUpAction = details.followUpAction();
		this.followUpDue = details.followUpDue();
		this.followUpOwnerId = details.followUpOwnerId();
		setContacts(details.contactIds());
	}

	private void setContacts(Collection<UUID> wanted) {
		Set<UUID> distinct = new LinkedHashSet<>(wanted);
		this.contacts.removeIf((row) -> !distinct.contains(row.getContactId()));
		Set<UUID> present = this.contacts.stream().map(InteractionContact::getContactId).collect(Collectors.toSet());
		distinct.stream()
			.filter((id) -> !present.contains(id))
			.forEach((id) -> this.contacts.add(new InteractionContact(this, id)));
	}

	void markFollowUpDone(boolean done) {
		this.followUpDone = done;
	}

	void moveToPartner(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public InteractionDetails details() {
		return new InteractionDetails(this.partnerId, this.partnershipId, this.occurredOn, this.kind, this.approach,
				this.purpose, this.summary, this.outcome, this.followUpAction, this.followUpDue, this.followUpOwnerId,
				contactIds());
	}

	public List<UUID> contactIds() {
		return this.contacts.stream().map(InteractionContact::getContactId).toList();
	}

	public UUID getPartnerId() {
		return this.partnerId;
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public InteractionKind getKind() {
		return this.kind;
	}

	public InteractionApproach getApproach() {
		return this.approach;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public String getFollowUpAction() {
		return this.followUpAction;
	}

	public LocalDate getFollowUpDue() {
		return this.followUpDue;
	}

	public UUID getFollowUpOwnerId() {
		return this.followUpOwnerId;
	}

	public boolean isFollowUpDone() {
		return this.followUpDone;
	}

}
