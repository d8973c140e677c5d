package id.jejaring.workplan;

import java.time.LocalDate;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * What an indicator achieved in one month ({@code periodStart} is the month's first day):
 * the value achieved in that month alone, so the indicator's actual is the sum of its
 * months. One row per indicator and month.
 */
@Entity
@Audited
@Table(name = "indicator_actual")
public class IndicatorActual extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id", nullable = false, updatable = false)
	private PlanIndicator indicator;

	@Column(nullable = false, updatable = false)
	private LocalDate periodStart;

	@Column(name = "actual_value", nullable = false)
	private long value;

	private String note;

	protected IndicatorActual() {
	}

	IndicatorActual(PlanIndicator indicator, LocalDate periodStart, long value, String note) {
		this.indicator = indicator;
		this.periodStart = periodStart.withDayOfMonth(1);
		update(value, note);
	}

	void update(long value, String note) {
		this.value = value;
		this.note = note;
	}

	public PlanIndicator getIndicator() {
		return this.indicator;
	}

	/** The first day of the month the value belongs to. */
	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public long getValue() {
		return this.value;
	}

	public String getNote() {
		return this.note;
	}

}
