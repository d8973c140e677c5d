package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** What monitoring found in one period of a partnership's cycle, with its follow-ups. */
@Entity
@Audited
@Table(name = "monitoring_record")
public class MonitoringRecord extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Column(name = "record_cycle", nullable = false, updatable = false)
	private int cycle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Cadence cadence;

	@Column(nullable = false)
	private LocalDate periodStart;

	@Column(nullable = false)
	private String progress;

	private String deviations;

	private String problems;

	private String solutions;

	@OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dueOn, createdAt, id")
	private List<MonitoringFollowUp> followUps = new ArrayList<>();

	protected MonitoringRecord() {
	}

	MonitoringRecord(UUID partnershipId, int cycle, MonitoringDetails details) {
		this.partnershipId = partnershipId;
		this.cycle = cycle;
		update(details);
	}

	/**
	 * Takes the details; follow-ups with a known id are changed, new ones added, those no
	 * longer listed removed.
	 */
	void update(MonitoringDetails details) {
		this.cadence = details.cadence();
		this.periodStart = details.periodStart();
		this.progress = details.progress();
		this.deviations = details.deviations();
		this.problems = details.problems();
		this.solutions = details.solutions();
		Map<UUID, MonitoringFollowUp> existing = this.followUps.stream()
			.collect(Collectors.toMap(MonitoringFollowUp::getId, Function.identity()));
		List<MonitoringFollowUp> kept = new ArrayList<>();
		for (MonitoringDetails.FollowUpDetails f : details.followUps()) {
			MonitoringFollowUp followUp = (f.id() != null) ? existing.get(f.id()) : null;
			if (followUp == null) {
				followUp = new MonitoringFollowUp(this);
			}
			followUp.update(f.action(), f.owner(), f.dueOn(), f.done());
			kept.add(followUp);
		}
		this.followUps.removeIf((f) -> !kept.contains(f));
		kept.stream().filter((f) -> !this.followUps.contains(f)).forEach(this.followUps::add);
	}

	public MonitoringDetails details() {
		return new MonitoringDetails(this.cadence, this.periodStart, this.progress, this.deviations, this.problems,
				this.solutions,
				this.followUps.stream()
					.map((f) -> new MonitoringDetails.FollowUpDetails(f.getId(), f.getAction(), f.getOwner(),
							f.getDueOn(), f.isDone()))
					.toList());
	}

	public LocalDate periodEnd() {
		return this.cadence.periodEnd(this.periodStart);
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public Cadence getCadence() {
		return this.cadence;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public String getProgress() {
		return this.progress;
	}

	public String getDeviations() {
		return this.deviations;
	}

	public String getProblems() {
		return this.problems;
	}

	public String getSolutions() {
		return this.solutions;
	}

	public List<MonitoringFollowUp> getFollowUps() {
		return List.copyOf(this.followUps);
	}

}
