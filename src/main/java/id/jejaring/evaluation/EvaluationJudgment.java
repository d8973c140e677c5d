package id.jejaring.evaluation;

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

/**
 * A party's judgment of one activity (ran to plan or not) or indicator (reached or not)
 * of the work plan: the item's id and a copy of its label and facts, so it outlives plan
 * edits.
 */
@Entity
@Audited
@Table(name = "evaluation_judgment")
public class EvaluationJudgment extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
	private JointEvaluation evaluation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private JudgmentKind kind;

	@Column(nullable = false, updatable = false)
	private UUID itemId;

	@Column(nullable = false)
	private String label;

	private String facts;

	private boolean asPlanned;

	private String note;

	protected EvaluationJudgment() {
	}

	EvaluationJudgment(JointEvaluation evaluation, JudgmentKind kind, UUID itemId) {
		this.evaluation = evaluation;
		this.kind = kind;
		this.itemId = itemId;
	}

	void update(String label, String facts, boolean asPlanned, String note) {
		this.label = label;
		this.facts = facts;
		this.asPlanned = asPlanned;
		this.note = note;
	}

	public JudgmentKind getKind() {
		return this.kind;
	}

	public UUID getItemId() {
		return this.itemId;
	}

	public String getLabel() {
		return this.label;
	}

	public String getFacts() {
		return this.facts;
	}

	public boolean isAsPlanned() {
		return this.asPlanned;
	}

	public String getNote() {
		return this.note;
	}

}
