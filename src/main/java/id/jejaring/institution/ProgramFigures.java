package id.jejaring.institution;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One program's figures within a year of {@link YearlyFigures}.
 */
@Entity
@Audited
@Table(name = "program_figures")
public class ProgramFigures extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "yearly_figures_id", nullable = false, updatable = false)
	private YearlyFigures yearFigures;

	@Column(nullable = false, updatable = false)
	private UUID programId;

	private int enrolled;

	private int graduates;

	private int certified;

	private int placed;

	private int startedBusiness;

	private int jobOrders;

	protected ProgramFigures() {
	}

	ProgramFigures(YearlyFigures yearFigures, UUID programId, FigureCounts counts) {
		this.yearFigures = yearFigures;
		this.programId = programId;
		apply(counts);
	}

	void apply(FigureCounts counts) {
		this.enrolled = counts.enrolled();
		this.graduates = counts.graduates();
		this.certified = counts.certified();
		this.placed = counts.placed();
		this.startedBusiness = counts.startedBusiness();
		this.jobOrders = counts.jobOrders();
	}

	public UUID getProgramId() {
		return this.programId;
	}

	public int getYear() {
		return this.yearFigures.getYear();
	}

	public FigureCounts counts() {
		return new FigureCounts(this.enrolled, this.graduates, this.certified, this.placed, this.startedBusiness,
				this.jobOrders);
	}

}
