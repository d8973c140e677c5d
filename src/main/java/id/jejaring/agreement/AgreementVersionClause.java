package id.jejaring.agreement;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One article as it stood in a saved version. Written once. */
@Entity
@Table(name = "agreement_version_clause")
class AgreementVersionClause extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_version_id", nullable = false, updatable = false)
	private AgreementVersion agreementVersion;

	@Column(nullable = false, updatable = false)
	private int sortOrder;

	@Enumerated(EnumType.STRING)
	@Column(name = "clause_type", nullable = false, updatable = false)
	private ClauseType type;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(nullable = false, updatable = false)
	private String body;

	protected AgreementVersionClause() {
	}

	AgreementVersionClause(AgreementVersion agreementVersion, int sortOrder, Clause clause) {
		this.agreementVersion = agreementVersion;
		this.sortOrder = sortOrder;
		this.type = clause.type();
		this.title = clause.title();
		this.body = clause.body();
	}

	Clause clause() {
		return new Clause(this.type, this.title, this.body);
	}

}
