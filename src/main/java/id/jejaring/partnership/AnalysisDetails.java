package id.jejaring.partnership;

import java.util.Objects;
import java.util.stream.Stream;

/** What the user records in an analysis of a partner; see {@link Analysis}. */
public record AnalysisDetails(String needFit, Score commitment, Score consistency, Score seriousness, Score capability,
		Boolean sharedVision, String sharedVisionNote, Boolean mutualNeed, String mutualNeedNote, String risks,
		AnalysisDecision decision, String decisionReason) {

	public AnalysisDetails {
		commitment = (commitment != null) ? commitment : Score.NONE;
		consistency = (consistency != null) ? consistency : Score.NONE;
		seriousness = (seriousness != null) ? seriousness : Score.NONE;
		capability = (capability != null) ? capability : Score.NONE;
	}

	/** The mean of the scores given, or null when none is given. */
	public Double averageScore() {
		return Stream.of(this.commitment, this.consistency, this.seriousness, this.capability)
			.map(Score::score)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.average()
			.stream()
			.boxed()
			.findFirst()
			.orElse(null);
	}

	/** A score from 1 (weak) to 5 (strong), or null when not judged, with a note. */
	public record Score(Integer score, String note) {

		static final Score NONE = new Score(null, null);

	}

}
