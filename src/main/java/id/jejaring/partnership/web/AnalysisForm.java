package id.jejaring.partnership.web;

import id.jejaring.partnership.Analysis;
import id.jejaring.partnership.AnalysisDecision;
import id.jejaring.partnership.AnalysisDetails;
import id.jejaring.partnership.AnalysisDetails.Score;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The analysis of one partner as edited in the form and sent to the API: scores 1–5 as
 * text (blank = not judged), yes/no answers as optional booleans, and the version read
 * (blank when there was no analysis yet).
 */
public record AnalysisForm(@Size(max = 4000) String needFit,
		@Pattern(regexp = Inputs.SCORE, message = "{validation.analysis.score}") String commitmentScore,
		@Size(max = 1000) String commitmentNote,
		@Pattern(regexp = Inputs.SCORE, message = "{validation.analysis.score}") String consistencyScore,
		@Size(max = 1000) String consistencyNote,
		@Pattern(regexp = Inputs.SCORE, message = "{validation.analysis.score}") String seriousnessScore,
		@Size(max = 1000) String seriousnessNote,
		@Pattern(regexp = Inputs.SCORE, message = "{validation.analysis.score}") String capabilityScore,
		@Size(max = 1000) String capabilityNote, Boolean sharedVision, @Size(max = 2000) String sharedVisionNote,
		Boolean mutualNeed, @Size(max = 2000) String mutualNeedNote, @Size(max = 4000) String risks,
		AnalysisDecision decision, @Size(max = 2000) String decisionReason, Long version) {

	static AnalysisForm empty() {
		return new AnalysisForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	static AnalysisForm of(Analysis analysis) {
		AnalysisDetails d = analysis.details();
		return new AnalysisForm(d.needFit(), Inputs.text(d.commitment().score()), d.commitment().note(),
				Inputs.text(d.consistency().score()), d.consistency().note(), Inputs.text(d.seriousness().score()),
				d.seriousness().note(), Inputs.text(d.capability().score()), d.capability().note(), d.sharedVision(),
				d.sharedVisionNote(), d.mutualNeed(), d.mutualNeedNote(), d.risks(), d.decision(), d.decisionReason(),
				analysis.getVersion());
	}

	AnalysisDetails details() {
		return new AnalysisDetails(Texts.clean(this.needFit),
				new Score(Inputs.score(this.commitmentScore), Texts.clean(this.commitmentNote)),
				new Score(Inputs.score(this.consistencyScore), Texts.clean(this.consistencyNote)),
				new Score(Inputs.score(this.seriousnessScore), Texts.clean(this.seriousnessNote)),
				new Score(Inputs.score(this.capabilityScore), Texts.clean(this.capabilityNote)), this.sharedVision,
				Texts.clean(this.sharedVisionNote), this.mutualNeed, Texts.clean(this.mutualNeedNote),
				Texts.clean(this.risks), this.decision, Texts.clean(this.decisionReason));
	}

}
