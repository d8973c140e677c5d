package id.jejaring.workplan;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One party's contribution to an activity, in cash or in kind, valued in rupiah. */
@Entity
@Audited
@Table(name = "activity_contribution")
public class ActivityContribution extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "activity_id", nullable = false, updatable = false)
	private PlanActivity activity;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContributionKind kind;

	@Column(nullable = false)
	private String description;

	@Column(name = "value_rupiah", nullable = false)
	private long value;

	protected ActivityContribution() {
	}

	ActivityContribution(PlanActivity activity, ContributionDetails details) {
		this.activity = activity;
		this.partnerId = details.party();
		this.kind = details.kind();
		this.description = details.description();
		this.value = details.value();
	}

	PlanActivity getActivity() {
		return this.activity;
	}

	/** The partner contributing, or {@code null} for the institution. */
	public UUID getPartnerId() {
		return this.partnerId;
	}

	public ContributionKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public long getValue() {
		return this.value;
	}

}
