package id.jejaring.evaluation;

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
import org.hibernate.envers.Audited;

/**
 * One party's answers in the joint evaluation of a partnership's cycle: the institution's
 * ({@code partnerId} null) or a partner's, which the institution may record on the
 * partner's behalf ({@code onBehalf}). Saved only complete.
 */
@Entity
@Audited
@Table(name = "joint_evaluation")
public class JointEvaluation extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Column(name = "evaluation_cycle", nullable = false, updatable = false)
	private int cycle;

	@Column(updatable = false)
	private UUID partnerId;

	private boolean onBehalf;

	@Column(nullable = false)
	private String hindrances;

	@Column(nullable = false)
	private String benefits;

	@OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("principle")
	private List<EvaluationRating> ratings = new ArrayList<>();

	@OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("kind, createdAt, id")
	@org.hibernate.annotations.BatchSize(size = 50)
	private List<EvaluationJudgment> judgments = new ArrayList<>();

	protected JointEvaluation() {
	}

	JointEvaluation(UUID partnershipId, int cycle, UUID partnerId) {
		this.partnershipId = partnershipId;
		this.cycle = cycle;
		this.partnerId = partnerId;
	}

	/**
	 * Takes the answers: ratings by principle and judgments by item are replaced in
	 * place.
	 */
	void update(EvaluationDetails details) {
		this.onBehalf = this.partnerId != null && details.onBehalf();
		this.hindrances = details.hindrances();
		this.benefits = details.benefits();
		List<EvaluationRating> keptRatings = new ArrayList<>();
		for (EvaluationDetails.Rating r : details.ratings()) {
			EvaluationRating rating = this.ratings.stream()
				.filter((x) -> x.getPrinciple() == r.principle())
				.findFirst()
				.orElseGet(() -> new EvaluationRating(this, r.principle()));
			rating.update(r.rating(), r.note());
			keptRatings.add(rating);
		}
		this.ratings.removeIf((x) -> !keptRatings.contains(x));
		keptRatings.stream().filter((x) -> !this.ratings.contains(x)).forEach(this.ratings::add);
		List<EvaluationJudgment> keptJudgments = new ArrayList<>();
		for (EvaluationDetails.Judgment j : details.judgments()) {
			EvaluationJudgment judgment = this.judgments.stream()
				.filter((x) -> x.getKind() == j.kind() && x.getItemId().equals(j.itemId()))
				.findFirst()
				.orElseGet(() -> new EvaluationJudgment(this, j.kind(), j.itemId()));
			judgment.update(j.label(), j.facts(), j.asPlanned(), j.note());
			keptJudgments.add(judgment);
		}
		this.judgments.removeIf((x) -> !keptJudgments.contains(x));
		keptJudgments.stream().filter((x) -> !this.judgments.contains(x)).forEach(this.judgments::add);
	}

	public EvaluationDetails details() {
		return new EvaluationDetails(this.onBehalf, this.hindrances, this.benefits,
				this.ratings.stream()
					.sorted(java.util.Comparator.comparing(EvaluationRating::getPrinciple))
					.map((r) -> new EvaluationDetails.Rating(r.getPrinciple(), r.getRating(), r.getNote()))
					.toList(),
				this.judgments.stream()
					.map((j) -> new EvaluationDetails.Judgment(j.getKind(), j.getItemId(), j.getLabel(), j.getFacts(),
							j.isAsPlanned(), j.getNote()))
					.toList());
	}

	/** The mean of this party's ratings. */
	public double averageRating() {
		return EvaluationRules.average(this.ratings.stream().map(EvaluationRating::getRating).toList());
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public int getCycle() {
		return this.cycle;
	}

	public UUID getPartnerId() {
		return this.partnerId;
	}

	public boolean isOnBehalf() {
		return this.onBehalf;
	}

	public String getHindrances() {
		return this.hindrances;
	}

	public String getBenefits() {
		return this.benefits;
	}

	public List<EvaluationRating> getRatings() {
		return List.copyOf(this.ratings);
	}

	public List<EvaluationJudgment> getJudgments() {
		return List.copyOf(this.judgments);
	}

}
