package id.jejaring.needs;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One line of a program's checklist: what the program requires of a component, what the
 * institution has, and so the gap ({@link GapPolicy}).
 */
@Entity
@Audited
@Table(name = "program_requirement")
public class ProgramRequirement extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID programId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequirementComponent component;

	private String customName;

	private Long requiredQuantity;

	private String requiredDescription;

	private Long availableQuantity;

	private String availableDescription;

	private boolean met;

	protected ProgramRequirement() {
	}

	ProgramRequirement(UUID programId, RequirementDetails details) {
		this.programId = programId;
		update(details);
	}

	void update(RequirementDetails details) {
		this.component = details.component();
		this.customName = (details.component() == RequirementComponent.OTHER) ? details.customName() : null;
		this.requiredQuantity = details.requiredQuantity();
		this.requiredDescription = details.requiredDescription();
		this.availableQuantity = details.availableQuantity();
		this.availableDescription = details.availableDescription();
		this.met = details.met();
	}

	public RequirementDetails details() {
		return new RequirementDetails(this.component, this.customName, this.requiredQuantity, this.requiredDescription,
				this.availableQuantity, this.availableDescription, this.met);
	}

	public Gap gap() {
		return GapPolicy.gap(this.requiredQuantity, this.availableQuantity, this.met);
	}

	public UUID getProgramId() {
		return this.programId;
	}

	public RequirementComponent getComponent() {
		return this.component;
	}

	public String getCustomName() {
		return this.customName;
	}

	public Long getRequiredQuantity() {
		return this.requiredQuantity;
	}

	public String getRequiredDescription() {
		return this.requiredDescription;
	}

	public Long getAvailableQuantity() {
		return this.availableQuantity;
	}

	public String getAvailableDescription() {
		return this.availableDescription;
	}

	public boolean isMet() {
		return this.met;
	}

}
