package id.jejaring.partner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.jejaring.needs.NeedAspect;
import id.jejaring.shared.PhoneNumbers;
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
 * An organisation or person the institution works with or could work with (mitra): its
 * category, region and location, how to reach it, what it can offer per aspect, its tags
 * and status. Contacts are {@link PartnerContact}s of their own.
 */
@Entity
@Audited
@Table(name = "partner")
public class Partner extends TenantOwnedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnerKind kind;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String nameNormalised;

	@Column(nullable = false)
	private String categoryCode;

	private String sector;

	@Enumerated(EnumType.STRING)
	private PartnerScale scale;

	private String address;

	private String regionCode;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String phone;

	private String whatsapp;

	private String email;

	private String website;

	private String visionMission;

	private String goals;

	private boolean csrProgram;

	private String csrNotes;

	private String foundThrough;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnerStatus status;

	private String notes;

	private boolean archived;

	private UUID mergedIntoId;

	@OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	private List<PartnerOffering> offerings = new ArrayList<>();

	@OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	private List<PartnerTag> tags = new ArrayList<>();

	protected Partner() {
	}

	Partner(PartnerDetails details) {
		update(details);
	}

	void update(PartnerDetails details) {
		this.kind = (details.kind() != null) ? details.kind() : PartnerKind.ORGANISATION;
		this.name = details.name();
		this.nameNormalised = PartnerNames.normalise(details.name());
		this.categoryCode = details.categoryCode();
		this.sector = details.sector();
		this.scale = details.scale();
		this.address = details.address();
		this.regionCode = details.regionCode();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.phone = details.phone();
		this.whatsapp = details.whatsapp();
		this.email = details.email();
		this.website = details.website();
		this.visionMission = details.visionMission();
		this.goals = details.goals();
		this.csrProgram = details.csrProgram();
		this.csrNotes = details.csrProgram() ? details.csrNotes() : null;
		this.foundThrough = details.foundThrough();
		this.status = (details.status() != null) ? details.status() : PartnerStatus.CANDIDATE;
		this.notes = details.notes();
		setOfferings(details.offerings());
		setTags(details.tags());
	}

	/** One row per aspect: kept and re-described, removed, or added. */
	private void setOfferings(List<PartnerDetails.Offering> wanted) {
		Map<NeedAspect, String> byAspect = wanted.stream()
			.filter((o) -> o.aspect() != null)
			.collect(Collectors.toMap(PartnerDetails.Offering::aspect,
					(o) -> (o.description() != null) ? o.description() : "", (a, b) -> a));
		this.offerings.removeIf((row) -> !byAspect.containsKey(row.getAspect()));
		Map<NeedAspect, PartnerOffering> present = this.offerings.stream()
			.collect(Collectors.toMap(PartnerOffering::getAspect, Function.identity()));
		byAspect.forEach((aspect, description) -> {
			String text = description.isBlank() ? null : description;
			PartnerOffering row = present.get(aspect);
			if (row == null) {
				this.offerings.add(new PartnerOffering(this, aspect, text));
			}
			else if (!java.util.Objects.equals(row.getDescription(), text)) {
				row.describe(text);
			}
		});
	}

	private void setTags(List<String> wanted) {
		List<String> distinct = wanted.stream().distinct().toList();
		this.tags.removeIf((row) -> !distinct.contains(row.getTag()));
		List<String> present = this.tags.stream().map(PartnerTag::getTag).toList();
		distinct.stream()
			.filter((tag) -> !present.contains(tag))
			.forEach((tag) -> this.tags.add(new PartnerTag(this, tag)));
	}

	void archive() {
		this.archived = true;
	}

	void restore() {
		this.archived = false;
	}

	/**
	 * Takes over the other record's tags (without doubles) and offerings (an aspect it
	 * lacks is added; a different description under the same aspect is appended), and
	 * adds the merge note to the notes.
	 */
	void absorb(Partner other, String note) {
		List<String> present = tagNames();
		other.tags.stream()
			.map(PartnerTag::getTag)
			.filter((tag) -> !present.contains(tag))
			.distinct()
			.forEach((tag) -> this.tags.add(new PartnerTag(this, tag)));
		Map<NeedAspect, PartnerOffering> mine = this.offerings.stream()
			.collect(Collectors.toMap(PartnerOffering::getAspect, Function.identity()));
		for (PartnerOffering theirs : other.offerings) {
			PartnerOffering row = mine.get(theirs.getAspect());
			if (row == null) {
				this.offerings.add(new PartnerOffering(this, theirs.getAspect(), theirs.getDescription()));
			}
			else if (theirs.getDescription() != null
					&& !Objects.equals(row.getDescription(), theirs.getDescription())) {
				row.describe(limit((row.getDescription() != null)
						? row.getDescription() + "\n" + theirs.getDescription() : theirs.getDescription(), 2000));
			}
		}
		this.notes = limit((this.notes != null && !this.notes.isBlank()) ? this.notes + "\n" + note : note, 4000);
	}

	/** Archives this record as merged into the survivor. */
	void mergeInto(Partner survivor) {
		this.archived = true;
		this.mergedIntoId = survivor.getId();
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(text.length() - length);
	}

	public PartnerDetails details() {
		return new PartnerDetails(this.kind, this.name, this.categoryCode, this.sector, this.scale, this.address,
				this.regionCode, this.latitude, this.longitude, this.phone, this.whatsapp, this.email, this.website,
				this.visionMission, this.goals,
				offerings().stream()
					.map((o) -> new PartnerDetails.Offering(o.getAspect(), o.getDescription()))
					.toList(),
				this.csrProgram, this.csrNotes, this.foundThrough, this.status, tagNames(), this.notes);
	}

	/** The offerings in the aspects' order. */
	public List<PartnerOffering> offerings() {
		return this.offerings.stream().sorted(Comparator.comparing(PartnerOffering::getAspect)).toList();
	}

	/** The tags in alphabetical order. */
	public List<String> tagNames() {
		return this.tags.stream().map(PartnerTag::getTag).sorted().toList();
	}

	/** The wa.me address of the partner's own WhatsApp number, or null without one. */
	public String whatsAppLink() {
		return (this.whatsapp != null) ? PhoneNumbers.whatsAppLink(this.whatsapp) : null;
	}

	public PartnerKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getNameNormalised() {
		return this.nameNormalised;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public String getSector() {
		return this.sector;
	}

	public PartnerScale getScale() {
		return this.scale;
	}

	public String getAddress() {
		return this.address;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getWhatsapp() {
		return this.whatsapp;
	}

	public String getEmail() {
		return this.email;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getVisionMission() {
		return this.visionMission;
	}

	public String getGoals() {
		return this.goals;
	}

	public boolean isCsrProgram() {
		return this.csrProgram;
	}

	public String getCsrNotes() {
		return this.csrNotes;
	}

	public String getFoundThrough() {
		return this.foundThrough;
	}

	public PartnerStatus getStatus() {
		return this.status;
	}

	public String getNotes() {
		return this.notes;
	}

	public boolean isArchived() {
		return this.archived;
	}

	/** The partner this record was merged into, or null. */
	public UUID getMergedIntoId() {
		return this.mergedIntoId;
	}

}
