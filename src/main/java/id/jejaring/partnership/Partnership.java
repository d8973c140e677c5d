package id.jejaring.partnership;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.needs.NeedAspect;
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
 * A partnership (kemitraan): the institution and one or more partners, each with its
 * role, addressing one or more needs and covering aspects, following a pattern and a
 * strategy, with an owner on staff, a cycle and year, a status, and the stage it is in.
 * Stages are changed only through {@link Partnerships#move}, which checks the gates and
 * writes the history.
 */
@Entity
@Audited
@Table(name = "partnership")
public class Partnership extends TenantOwnedEntity {

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnershipPattern pattern;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnershipStrategy strategy;

	private UUID ownerId;

	private int cycle;

	@Column(name = "cycle_year")
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnershipStatus status;

	private String statusReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	@Column(nullable = false)
	private Instant stageSince;

	private UUID previousCycleId;

	private String description;

	@OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	private Set<PartnershipParty> parties = new LinkedHashSet<>();

	@OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	private Set<PartnershipNeed> needs = new LinkedHashSet<>();

	@OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	private Set<PartnershipAspect> aspects = new LinkedHashSet<>();

	protected Partnership() {
	}

	Partnership(PartnershipDetails details, Instant now) {
		this.cycle = 1;
		this.status = PartnershipStatus.ACTIVE;
		this.stage = Stage.MAPPING;
		this.stageSince = now;
		update(details);
	}

	void update(PartnershipDetails details) {
		this.title = details.title();
		this.pattern = details.pattern();
		this.strategy = details.strategy();
		this.ownerId = details.ownerId();
		this.year = details.year();
		this.description = details.description();
		setParties(details.parties());
		setNeeds(details.needIds());
		setAspects(details.aspects());
	}

	private void setParties(List<PartnershipDetails.Party> wanted) {
		Map<UUID, String> roles = wanted.stream()
			.filter((p) -> p.partnerId() != null)
			.collect(Collectors.toMap(PartnershipDetails.Party::partnerId, (p) -> (p.role() != null) ? p.role() : "",
					(a, b) -> a, java.util.LinkedHashMap::new));
		this.parties.removeIf((row) -> !roles.containsKey(row.getPartnerId()));
		Map<UUID, PartnershipParty> present = this.parties.stream()
			.collect(Collectors.toMap(PartnershipParty::getPartnerId, (p) -> p));
		roles.forEach((partnerId, role) -> {
			String text = role.isBlank() ? null : role;
			PartnershipParty row = present.get(partnerId);
			if (row == null) {
				this.parties.add(new PartnershipParty(this, partnerId, text));
			}
			else if (!Objects.equals(row.getRole(), text)) {
				row.describeRole(text);
			}
		});
	}

	private void setNeeds(Collection<UUID> wanted) {
		Set<UUID> distinct = new LinkedHashSet<>(wanted);
		this.needs.removeIf((row) -> !distinct.contains(row.getNeedId()));
		Set<UUID> present = this.needs.stream().map(PartnershipNeed::getNeedId).collect(Collectors.toSet());
		distinct.stream()
			.filter((id) -> !present.contains(id))
			.forEach((id) -> this.needs.add(new PartnershipNeed(this, id)));
	}

	private void setAspects(Collection<NeedAspect> wanted) {
		Set<NeedAspect> distinct = new LinkedHashSet<>(wanted);
		this.aspects.removeIf((row) -> !distinct.contains(row.getAspect()));
		Set<NeedAspect> present = this.aspects.stream().map(PartnershipAspect::getAspect).collect(Collectors.toSet());
		distinct.stream()
			.filter((aspect) -> !present.contains(aspect))
			.forEach((aspect) -> this.aspects.add(new PartnershipAspect(this, aspect)));
	}

	/** Adds a partner as a party (no change when it is one already). */
	void addParty(UUID partnerId, String role) {
		if (!partnerIds().contains(partnerId)) {
			this.parties.add(new PartnershipParty(this, partnerId, role));
		}
	}

	/** Adds a need (no change when it is linked already). */
	void addNeed(UUID needId) {
		if (!needIds().contains(needId)) {
			this.needs.add(new PartnershipNeed(this, needId));
		}
	}

	/** Replaces a merged partner by the survivor among the parties. */
	void replacePartner(UUID mergedId, UUID survivorId) {
		PartnershipParty merged = this.parties.stream()
			.filter((p) -> p.getPartnerId().equals(mergedId))
			.findFirst()
			.orElse(null);
		if (merged == null) {
			return;
		}
		if (partnerIds().contains(survivorId)) {
			this.parties.remove(merged);
		}
		else {
			merged.replacePartner(survivorId);
		}
	}

	void moveTo(Stage target, Instant now) {
		this.stage = target;
		this.stageSince = now;
	}

	/**
	 * Makes this partnership the next yearly cycle of an earlier one, whose follow-up
	 * stage decided to continue (used by the demo data until the follow-up stage starts
	 * cycles itself).
	 */
	void continueAsCycle(int cycle, int year, UUID previousCycleId) {
		this.cycle = cycle;
		this.year = year;
		this.previousCycleId = previousCycleId;
	}

	void changeStatus(PartnershipStatus status, String reason) {
		this.status = status;
		this.statusReason = reason;
	}

	public PartnershipDetails details() {
		return new PartnershipDetails(this.title, this.pattern, this.strategy, this.ownerId, this.year,
				this.description,
				this.parties.stream().map((p) -> new PartnershipDetails.Party(p.getPartnerId(), p.getRole())).toList(),
				needIds(), aspectSet());
	}

	public List<UUID> partnerIds() {
		return this.parties.stream().map(PartnershipParty::getPartnerId).toList();
	}

	public List<UUID> needIds() {
		return this.needs.stream().map(PartnershipNeed::getNeedId).toList();
	}

	public Set<NeedAspect> aspectSet() {
		return this.aspects.stream()
			.map(PartnershipAspect::getAspect)
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(NeedAspect.class)));
	}

	public List<PartnershipParty> getParties() {
		return List.copyOf(this.parties);
	}

	public String getTitle() {
		return this.title;
	}

	public PartnershipPattern getPattern() {
		return this.pattern;
	}

	public PartnershipStrategy getStrategy() {
		return this.strategy;
	}

	public UUID getOwnerId() {
		return this.ownerId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public int getYear() {
		return this.year;
	}

	public PartnershipStatus getStatus() {
		return this.status;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public Stage getStage() {
		return this.stage;
	}

	public Instant getStageSince() {
		return this.stageSince;
	}

	public UUID getPreviousCycleId() {
		return this.previousCycleId;
	}

	public String getDescription() {
		return this.description;
	}

}
