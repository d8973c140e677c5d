package id.jejaring.evaluation;

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

/** A party's rating 1–5 of one principle, with a note. */
@Entity
@Audited
@Table(name = "evaluation_rating")
public class EvaluationRating extends TenantOwnedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
	private JointEvaluation evaluation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Principle principle;

	private int rating;

	private String note;

	protected EvaluationRating() {
	}

	EvaluationRating(JointEvaluation evaluation, Principle principle) {
		this.evaluation = evaluation;
		this.principle = principle;
	}

	void update(int rating, String note) {
		this.rating = rating;
		this.note = note;
	}

	public Principle getPrinciple() {
		return this.principle;
	}

	public int getRating() {
		return this.rating;
	}

	public String getNote() {
		return this.note;
	}

}
