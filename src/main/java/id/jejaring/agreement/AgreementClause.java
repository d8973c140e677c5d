package id.jejaring.agreement;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One article (pasal) of an agreement: its kind, heading and text, in document order. */
@Entity
@Audited
@Table(name = "agreement_clause")
public class AgreementClause extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id", nullable = false, updatable = false)
	private Agreement agreement;

	@Column(nullable = false)
	private int sortOrder;

	@Enumerated(EnumType.STRING)
	@Column(name = "clause_type", nullable = false)
	private ClauseType type;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	protected AgreementClause() {
	}

	AgreementClause(Agreement agreement, int sortOrder, Clause clause) {
		this.agreement = agreement;
		this.sortOrder = sortOrder;
		this.type = clause.type();
		this.title = clause.title();
		this.body = clause.body();
	}

	Clause clause() {
		return new Clause(this.type, this.title, this.body);
	}

	boolean isStated() {
		return this.body != null && !this.body.isBlank();
	}

	UUID getAgreementId() {
		return this.agreement.getId();
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public ClauseType getType() {
		return this.type;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

}
