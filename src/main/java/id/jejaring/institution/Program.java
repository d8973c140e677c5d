package id.jejaring.institution;

import java.time.LocalDate;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A course or training program of the institution (program kursus/pelatihan), e.g.
 * sewing, make-up, office computing. Archived programs keep their history and needs but
 * leave the lists.
 */
@Entity
@Audited
@Table(name = "program")
public class Program extends TenantOwnedEntity {

	@Column(nullable = false)
	private String name;

	private String skillField;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgramType type;

	@Enumerated(EnumType.STRING)
	private ProgramLevel level;

	private Integer durationHours;

	private Integer capacityPerBatch;

	private Integer batchesPerYear;

	private LocalDate nextBatchStartsOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgramStatus status;

	private boolean archived;

	protected Program() {
	}

	public Program(ProgramDetails details) {
		update(details);
	}

	public void update(ProgramDetails details) {
		this.name = details.name();
		this.skillField = details.skillField();
		this.type = details.type();
		this.level = details.level();
		this.durationHours = details.durationHours();
		this.capacityPerBatch = details.capacityPerBatch();
		this.batchesPerYear = details.batchesPerYear();
		this.nextBatchStartsOn = details.nextBatchStartsOn();
		this.status = details.status();
	}

	public ProgramDetails details() {
		return new ProgramDetails(this.name, this.skillField, this.type, this.level, this.durationHours,
				this.capacityPerBatch, this.batchesPerYear, this.nextBatchStartsOn, this.status);
	}

	void archive() {
		this.archived = true;
	}

	void restore() {
		this.archived = false;
	}

	/**
	 * Participants the program can serve in a year (capacity per batch × batches per
	 * year).
	 */
	public int participantsPerYear() {
		return ((this.capacityPerBatch != null) ? this.capacityPerBatch : 0)
				* ((this.batchesPerYear != null) ? this.batchesPerYear : 0);
	}

	public String getName() {
		return this.name;
	}

	public String getSkillField() {
		return this.skillField;
	}

	public ProgramType getType() {
		return this.type;
	}

	public ProgramLevel getLevel() {
		return this.level;
	}

	public Integer getDurationHours() {
		return this.durationHours;
	}

	public Integer getCapacityPerBatch() {
		return this.capacityPerBatch;
	}

	public Integer getBatchesPerYear() {
		return this.batchesPerYear;
	}

	public LocalDate getNextBatchStartsOn() {
		return this.nextBatchStartsOn;
	}

	public ProgramStatus getStatus() {
		return this.status;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
