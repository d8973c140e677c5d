package id.jejaring.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

/**
 * An MoU, cooperation agreement or addendum of a partnership: its parties and articles,
 * its letter number (given when it is marked ready to sign, never reused), its validity,
 * and the events its status follows from (ready, signed, terminated, superseded).
 * Renewals and addenda point to the agreement they continue ({@code previousId}) or amend
 * ({@code parentId}).
 */
@Entity
@Audited
@Table(name = "agreement")
public class Agreement extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AgreementKind kind;

	@Column(updatable = false)
	private UUID parentId;

	@Column(updatable = false)
	private UUID previousId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private RenewalKind renewal;

	@Column(nullable = false)
	private String title;

	private String letterNumber;

	private Integer numberYear;

	private Integer numberSeq;

	private String partnerNumber;

	private String place;

	private LocalDate agreementDate;

	private LocalDate effectiveFrom;

	private LocalDate effectiveUntil;

	private Instant readyAt;

	private Instant signedAt;

	private LocalDate terminatedOn;

	private String terminationReason;

	private UUID supersededById;

	@Column(nullable = false)
	private int currentVersion;

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<AgreementParty> parties = new ArrayList<>();

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<AgreementClause> clauses = new ArrayList<>();

	protected Agreement() {
	}

	Agreement(UUID partnershipId, AgreementKind kind, UUID parentId, UUID previousId, RenewalKind renewal,
			AgreementDetails details) {
		this.partnershipId = partnershipId;
		this.kind = kind;
		this.parentId = parentId;
		this.previousId = previousId;
		this.renewal = renewal;
		update(details);
	}

	/**
	 * Replaces the editable content; the parties keep their signing dates by position.
	 */
	void update(AgreementDetails details) {
		this.title = details.title();
		this.partnerNumber = details.partnerNumber();
		this.place = details.place();
		this.agreementDate = details.agreementDate();
		this.effectiveFrom = details.effectiveFrom();
		this.effectiveUntil = details.effectiveUntil();
		List<AgreementDetails.Party> wanted = details.parties();
		for (int i = 0; i < wanted.size(); i++) {
			if (i < this.parties.size()) {
				this.parties.get(i).update(wanted.get(i));
			}
			else {
				this.parties.add(new AgreementParty(this, i, wanted.get(i)));
			}
		}
		while (this.parties.size() > wanted.size()) {
			this.parties.remove(this.parties.size() - 1);
		}
		if (!clauses().equals(details.clauses())) {
			this.clauses.clear();
			List<Clause> articles = details.clauses();
			for (int i = 0; i < articles.size(); i++) {
				this.clauses.add(new AgreementClause(this, i, articles.get(i)));
			}
		}
	}

	/** The article kinds the sources require that this draft does not state yet. */
	public Set<ClauseType> missingRequiredClauses() {
		Set<ClauseType> missing = EnumSet.copyOf(ClauseType.required());
		this.clauses.stream().filter(AgreementClause::isStated).map(AgreementClause::getType).forEach(missing::remove);
		return missing;
	}

	int nextVersion() {
		this.currentVersion++;
		return this.currentVersion;
	}

	void markReady(Instant at, int year, int seq, String number) {
		this.readyAt = at;
		if (this.letterNumber == null) {
			this.numberYear = year;
			this.numberSeq = seq;
			this.letterNumber = number;
		}
	}

	/** Not ready any more: the signing days gathered for the earlier terms go too. */
	void backToDraft() {
		this.readyAt = null;
		this.parties.forEach((party) -> party.signOn(null));
	}

	void markSigned(Instant at) {
		this.signedAt = at;
	}

	void terminate(LocalDate on, String reason) {
		this.terminatedOn = on;
		this.terminationReason = reason;
	}

	void supersededBy(UUID successorId) {
		this.supersededById = successorId;
	}

	/**
	 * Follows a partner merge: the merged partner's party now names the survivor, or goes
	 * when the survivor is already a party (a partner is a party once).
	 */
	void mergePartner(UUID merged, UUID survivor) {
		boolean survivorIsParty = this.parties.stream().anyMatch((p) -> survivor.equals(p.getPartnerId()));
		if (survivorIsParty) {
			this.parties.removeIf((p) -> merged.equals(p.getPartnerId()));
		}
		else {
			this.parties.stream()
				.filter((p) -> merged.equals(p.getPartnerId()))
				.forEach((p) -> p.replacePartner(survivor));
		}
	}

	void signParty(int index, LocalDate date) {
		this.parties.get(index).signOn(date);
	}

	public AgreementDetails details() {
		return new AgreementDetails(this.title, this.partnerNumber, this.place, this.agreementDate, this.effectiveFrom,
				this.effectiveUntil, this.parties.stream().map(AgreementParty::details).toList(), clauses());
	}

	List<AgreementClause> articles() {
		return this.clauses;
	}

	public List<Clause> clauses() {
		return this.clauses.stream().map(AgreementClause::clause).toList();
	}

	public AgreementStatus statusOn(LocalDate today, int endingSoonDays) {
		return AgreementStatusPolicy.statusOf(AgreementStatusPolicy.Facts.of(this), today, endingSoonDays);
	}

	/** Whether every party's signing day is recorded. */
	public boolean allPartiesSigned() {
		return !this.parties.isEmpty() && this.parties.stream().allMatch((p) -> p.getSignedOn() != null);
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public UUID getParentId() {
		return this.parentId;
	}

	public UUID getPreviousId() {
		return this.previousId;
	}

	public RenewalKind getRenewal() {
		return this.renewal;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLetterNumber() {
		return this.letterNumber;
	}

	public Integer getNumberYear() {
		return this.numberYear;
	}

	public Integer getNumberSeq() {
		return this.numberSeq;
	}

	public String getPartnerNumber() {
		return this.partnerNumber;
	}

	public String getPlace() {
		return this.place;
	}

	public LocalDate getAgreementDate() {
		return this.agreementDate;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalDate getEffectiveUntil() {
		return this.effectiveUntil;
	}

	public Instant getReadyAt() {
		return this.readyAt;
	}

	public Instant getSignedAt() {
		return this.signedAt;
	}

	public LocalDate getTerminatedOn() {
		return this.terminatedOn;
	}

	public String getTerminationReason() {
		return this.terminationReason;
	}

	public UUID getSupersededById() {
		return this.supersededById;
	}

	public int getCurrentVersion() {
		return this.currentVersion;
	}

	public List<AgreementParty> getParties() {
		return List.copyOf(this.parties);
	}

	public List<AgreementClause> getClauses() {
		return List.copyOf(this.clauses);
	}

}
