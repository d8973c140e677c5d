package id.jejaring.institution.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import id.jejaring.institution.AreaAssessment;
import id.jejaring.institution.AssessmentArea;
import id.jejaring.institution.SelfAssessment;

/**
 * A self-assessment as JSON, with one entry per area.
 */
record SelfAssessmentResponse(UUID id, long version, int year, List<Area> areas, double averageScore,
		String opportunities) {

	record Area(AssessmentArea area, String strengths, String weaknesses, int score, String reason) {

		static Area of(AssessmentArea area, AreaAssessment a) {
			return new Area(area, a.strengths(), a.weaknesses(), a.score(), a.reason());
		}

	}

	static SelfAssessmentResponse of(SelfAssessment a) {
		return new SelfAssessmentResponse(a.getId(), a.getVersion(), a.getYear(),
				Stream.of(AssessmentArea.values()).map((area) -> Area.of(area, a.area(area))).toList(),
				a.averageScore(), a.getOpportunities());
	}

}
