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
 * A saved version of an agreement's terms: the title and articles as they stood after one
 * saved change (who and when in the audit columns). Written once; the only later change
 * is recording that it was sent to the partner.
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

	private LocalDate sentOn;

	private String sentTo;

	private String sentNote;

	@OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<AgreementVersionClause> clauses = new ArrayList<>();

	protected AgreementVersion() {
	}

	AgreementVersion(UUID agreementId, int number, String title, List<Clause> clauses) {
		this.agreementId = agreementId;
		this.number = number;
		this.title = title;
		for (int i = 0; i < clauses.size(); i++) {
			this.clauses.add(new AgreementVersionClause(this, i, clauses.get(i)));
		}
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
