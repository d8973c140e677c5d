package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An exploration (penjajagan): the audience, presentation or socialisation held with the
 * partner (date, who attended, what was offered), the partner's response and the outcome.
 */
@Entity
@Audited
@Table(name = "partnership_exploration")
public class Exploration extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ExplorationFormat format;

	private String attendees;

	private String offered;

	private String partnerResponse;

	@Enumerated(EnumType.STRING)
	private ExplorationOutcome outcome;

	private String outcomeNote;

	protected Exploration() {
	}

	Exploration(UUID partnershipId, ExplorationDetails details) {
		this.partnershipId = partnershipId;
		update(details);
	}

	void update(ExplorationDetails details) {
		this.heldOn = details.heldOn();
		this.format = details.format();
		this.attendees = details.attendees();
		this.offered = details.offered();
		this.partnerResponse = details.partnerResponse();
		this.outcome = details.outcome();
		this.outcomeNote = details.outcomeNote();
	}

	public ExplorationDetails details() {
		return new ExplorationDetails(this.heldOn, this.format, this.attendees, this.offered, this.partnerResponse,
				this.outcome, this.outcomeNote);
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public ExplorationOutcome getOutcome() {
		return this.outcome;
	}

}
