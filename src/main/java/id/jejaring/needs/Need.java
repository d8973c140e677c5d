package id.jejaring.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Something a program lacks that a partner could supply (kebutuhan): under one of the
 * five aspects, with its amount, when the program needs it, its place in the manager's
 * order, its status and the criteria a fitting partner must meet.
 */
@Entity
@Audited
@Table(name = "need")
public class Need extends TenantOwnedEntity {

	@Column(nullable = false)
	private UUID programId;

	private UUID requirementId;

	@Enumerated(EnumType.STRING)
	private RequirementComponent component;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedAspect aspect;

	@Column(nullable = false)
	private String title;

	private String details;

	private Long quantity;

	private Long amountRupiah;

	private LocalDate neededBy;

	private String timingNote;

	@Column(nullable = false)
	private int priorityRank;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedStatus status;

	private String dropReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegionScope regionScope;

	private String requiredCapability;

	private String minimumCommitment;

	@OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@OrderBy("categoryCode")
	private List<NeedPartnerCategory> partnerCategories = new ArrayList<>();

	protected Need() {
	}

	Need(UUID requirementId, NeedDetails details, int priorityRank) {
		this.requirementId = requirementId;
		this.priorityRank = priorityRank;
		this.status = NeedStatus.OPEN;
		update(details);
	}

	void update(NeedDetails details) {
		this.programId = details.programId();
		this.component = details.component();
		this.aspect = details.aspect();
		this.title = details.title();
		this.details = details.details();
		this.quantity = details.quantity();
		this.amountRupiah = details.amountRupiah();
		this.neededBy = details.neededBy();
		this.timingNote = details.timingNote();
		this.regionScope = (details.regionScope() != null) ? details.regionScope() : RegionScope.ANYWHERE;
		this.requiredCapability = details.requiredCapability();
		this.minimumCommitment = details.minimumCommitment();
		setCategories(details.partnerCategories());
	}

	/**
	 * Keeps the rows of categories still chosen, removes the others, adds the new ones.
	 */
	private void setCategories(Collection<String> codes) {
		List<String> wanted = (codes != null) ? codes.stream().distinct().toList() : List.of();
		this.partnerCategories.removeIf((row) -> !wanted.contains(row.getCategoryCode()));
		List<String> present = this.partnerCategories.stream().map(NeedPartnerCategory::getCategoryCode).toList();
		wanted.stream()
			.filter((code) -> !present.contains(code))
			.forEach((code) -> this.partnerCategories.add(new NeedPartnerCategory(this, code)));
	}

	void changeStatus(NeedStatus status, String reason) {
		this.status = status;
		this.dropReason = (status == NeedStatus.DROPPED) ? reason : null;
	}

	void rank(int rank) {
		this.priorityRank = rank;
	}

	void unlinkRequirement() {
		this.requirementId = null;
	}

	public NeedDetails details() {
		return new NeedDetails(this.programId, this.component, this.aspect, this.title, this.details, this.quantity,
				this.amountRupiah, this.neededBy, this.timingNote, this.regionScope, this.requiredCapability,
				this.minimumCommitment, categoryCodes());
	}

	public List<String> categoryCodes() {
		return this.partnerCategories.stream().map(NeedPartnerCategory::getCategoryCode).toList();
	}

	public UUID getProgramId() {
		return this.programId;
	}

	public UUID getRequirementId() {
		return this.requirementId;
	}

	public RequirementComponent getComponent() {
		return this.component;
	}

	public NeedAspect getAspect() {
		return this.aspect;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDetails() {
		return this.details;
	}

	public Long getQuantity() {
		return this.quantity;
	}

	public Long getAmountRupiah() {
		return this.amountRupiah;
	}

	public LocalDate getNeededBy() {
		return this.neededBy;
	}

	public String getTimingNote() {
		return this.timingNote;
	}

	public int getPriorityRank() {
		return this.priorityRank;
	}

	public NeedStatus getStatus() {
		return this.status;
	}

	public String getDropReason() {
		return this.dropReason;
	}

	public RegionScope getRegionScope() {
		return this.regionScope;
	}

	public String getRequiredCapability() {
		return this.requiredCapability;
	}

	public String getMinimumCommitment() {
		return this.minimumCommitment;
	}

}
