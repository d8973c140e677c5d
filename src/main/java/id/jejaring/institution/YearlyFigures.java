package id.jejaring.institution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An institution's figures for one year (capaian tahunan): the total for the whole
 * institution, and where known the same figures per program.
 */
@Entity
@Audited
@Table(name = "yearly_figures")
public class YearlyFigures extends TenantOwnedEntity {

	@Column(name = "figure_year", nullable = false)
	private int year;

	private int enrolled;

	private int graduates;

	private int certified;

	private int placed;

	private int startedBusiness;

	private int jobOrders;

	@OneToMany(mappedBy = "yearFigures", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ProgramFigures> programs = new ArrayList<>();

	protected YearlyFigures() {
	}

	YearlyFigures(int year, FigureCounts total) {
		this.year = year;
		apply(total);
	}

	void change(int year, FigureCounts total, Map<UUID, FigureCounts> perProgram) {
		this.year = year;
		apply(total);
		this.programs.removeIf((row) -> !perProgram.containsKey(row.getProgramId()));
		perProgram.forEach((programId, counts) -> this.programs.stream()
			.filter((row) -> row.getProgramId().equals(programId))
			.findFirst()
			.ifPresentOrElse((row) -> row.apply(counts),
					() -> this.programs.add(new ProgramFigures(this, programId, counts))));
	}

	private void apply(FigureCounts total) {
		this.enrolled = total.enrolled();
		this.graduates = total.graduates();
		this.certified = total.certified();
		this.placed = total.placed();
		this.startedBusiness = total.startedBusiness();
		this.jobOrders = total.jobOrders();
	}

	public int getYear() {
		return this.year;
	}

	public FigureCounts total() {
		return new FigureCounts(this.enrolled, this.graduates, this.certified, this.placed, this.startedBusiness,
				this.jobOrders);
	}

	/** The rows as mapped, for loading them inside a transaction. */
	List<ProgramFigures> getProgramRows() {
		return this.programs;
	}

	public List<ProgramFigures> getPrograms() {
		return Collections.unmodifiableList(this.programs);
	}

}
