package id.jejaring.partnership;

import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * The analysis of one partner in a partnership (analisis): how well it fits the linked
 * needs, its potential scored 1–5 on commitment, consistency, seriousness and capability
 * with a note each, whether there is a shared vision and a mutual need, the risks, and
 * the decision (proceed, hold, drop) with its reason.
 */
@Entity
@Audited
@Table(name = "partnership_analysis")
public class Analysis extends TenantOwnedEntity {

	@Column(nullable = false, updatable = false)
	private UUID partnershipId;

	@Column(nullable = false)
	private UUID partnerId;

	private String needFit;

	private Integer commitmentScore;

	private String commitmentNote;

	private Integer consistencyScore;

	private String consistencyNote;

	private Integer seriousnessScore;

	private String seriousnessNote;

	private Integer capabilityScore;

	private String capabilityNote;

	private Boolean sharedVision;

	private String sharedVisionNote;

	private Boolean mutualNeed;

	private String mutualNeedNote;

	private String risks;

	@Enumerated(EnumType.STRING)
	private AnalysisDecision decision;

	private String decisionReason;

	protected Analysis() {
	}

	Analysis(UUID partnershipId, UUID partnerId, AnalysisDetails details) {
		this.partnershipId = partnershipId;
		this.partnerId = partnerId;
		update(details);
	}

	void update(AnalysisDetails details) {
		this.needFit = details.needFit();
		this.commitmentScore = details.commitment().score();
		this.commitmentNote = details.commitment().note();
		this.consistencyScore = details.consistency().score();
		this.consistencyNote = details.consistency().note();
		this.seriousnessScore = details.seriousness().score();
		this.seriousnessNote = details.seriousness().note();
		this.capabilityScore = details.capability().score();
		this.capabilityNote = details.capability().note();
		this.sharedVision = details.sharedVision();
		this.sharedVisionNote = details.sharedVisionNote();
		this.mutualNeed = details.mutualNeed();
		this.mutualNeedNote = details.mutualNeedNote();
		this.risks = details.risks();
		this.decision = details.decision();
		this.decisionReason = details.decisionReason();
	}

	void moveToPartner(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public AnalysisDetails details() {
		return new AnalysisDetails(this.needFit, new AnalysisDetails.Score(this.commitmentScore, this.commitmentNote),
				new AnalysisDetails.Score(this.consistencyScore, this.consistencyNote),
				new AnalysisDetails.Score(this.seriousnessScore, this.seriousnessNote),
				new AnalysisDetails.Score(this.capabilityScore, this.capabilityNote), this.sharedVision,
				this.sharedVisionNote, this.mutualNeed, this.mutualNeedNote, this.risks, this.decision,
				this.decisionReason);
	}

	/** The mean of the scores given (1–5), or null when none is given. */
	public Double averageScore() {
		return details().averageScore();
	}

	public UUID getPartnershipId() {
		return this.partnershipId;
	}

	public UUID getPartnerId() {
		return this.partnerId;
	}

	public AnalysisDecision getDecision() {
		return this.decision;
	}

	public Boolean getSharedVision() {
		return this.sharedVision;
	}

	public Boolean getMutualNeed() {
		return this.mutualNeed;
	}

}
