package id.jejaring.agreement;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An article of the institution's clause library, from which drafts start. */
@Entity
@Audited
@Table(name = "clause_template")
public class ClauseTemplate extends TenantOwnedEntity {

	@Column(nullable = false)
	private int sortOrder;

	@Enumerated(EnumType.STRING)
	@Column(name = "clause_type", nullable = false)
	private ClauseType type;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	protected ClauseTemplate() {
	}

	ClauseTemplate(int sortOrder, Clause clause) {
		this.sortOrder = sortOrder;
		update(clause);
	}

	void update(Clause clause) {
		this.type = clause.type();
		this.title = clause.title();
		this.body = clause.body();
	}

	void moveTo(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Clause clause() {
		return new Clause(this.type, this.title, this.body);
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
