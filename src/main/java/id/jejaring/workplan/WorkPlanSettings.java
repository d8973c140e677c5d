package id.jejaring.workplan;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An institution's implementation settings: how many days after an activity's end it is
 * flagged when it still has no evidence at all. Until the manager saves them,
 * {@link #DEFAULT_MISSING_EVIDENCE_DAYS} applies.
 */
@Entity
@Audited
@Table(name = "work_plan_settings")
public class WorkPlanSettings extends TenantOwnedEntity {

	public static final int DEFAULT_MISSING_EVIDENCE_DAYS = 14;

	@Column(nullable = false)
	private int missingEvidenceDays;

	protected WorkPlanSettings() {
	}

	WorkPlanSettings(int missingEvidenceDays) {
		this.missingEvidenceDays = missingEvidenceDays;
	}

	void update(int missingEvidenceDays) {
		this.missingEvidenceDays = missingEvidenceDays;
	}

	public int getMissingEvidenceDays() {
		return this.missingEvidenceDays;
	}

}
