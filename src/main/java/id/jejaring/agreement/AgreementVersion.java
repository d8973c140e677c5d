package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A saved version of an agreement's terms: the title, validity, parties and articles as
 * they stood after one saved change (who and when in the audit columns). Written once;
 * the only later change is recording that it was sent to the partner.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID agreementId;

	@Column(name = "version_number", nullable = false, updatable = false)
	private int number;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(updatable = false)
	private LocalDate effectiveFrom;

	@Column(updatable = false)
	private LocalDate effectiveUntil;

	/** The parties and their signatories as they stood, one line each. */
	@Column(updatable = false)
	private String partiesText;

	private LocalDate sentOn;

	private String sentTo;

	private String sentNote;

	@OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<AgreementVersionClause> clauses = new ArrayList<>();

	protected AgreementVersion() {
	}

	/** The agreement's terms as they stand now, as its next version. */
	static AgreementVersion of(Agreement agreement) {
		AgreementVersion version = new AgreementVersion();
		version.agreementId = agreement.getId();
		version.number = agreement.nextVersion();
		version.title = agreement.getTitle();
		version.effectiveFrom = agreement.getEffectiveFrom();
		version.effectiveUntil = agreement.getEffectiveUntil();
		String parties = String.join("\n", agreement.getParties().stream().map(AgreementVersion::line).toList());
		version.partiesText = (parties.length() > 2000) ? parties.substring(0, 2000) : parties;
		List<Clause> clauses = agreement.clauses();
		for (int i = 0; i < clauses.size(); i++) {
			version.clauses.add(new AgreementVersionClause(version, i, clauses.get(i)));
		}
		return version;
	}

	private static String line(AgreementParty party) {
		StringBuilder line = new StringBuilder(party.getPartyName());
		if (party.getSignatoryName() != null) {
			line.append(" — ").append(party.getSignatoryName());
			if (party.getSignatoryPosition() != null) {
				line.append(", ").append(party.getSignatoryPosition());
			}
		}
		return line.toString();
	}

	void sent(LocalDate on, String to, String note) {
		this.sentOn = on;
		this.sentTo = to;
		this.sentNote = note;
	}

	public List<Clause> clauses() {
		return this.clauses.stream().map(AgreementVersionClause::clause).toList();
	}

	public UUID getAgreementId() {
		return this.agreementId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalDate getEffectiveUntil() {
		return this.effectiveUntil;
	}

	public String getPartiesText() {
		return this.partiesText;
	}

	public LocalDate getSentOn() {
		return this.sentOn;
	}

	public String getSentTo() {
		return this.sentTo;
	}

	public String getSentNote() {
		return this.sentNote;
	}

}
