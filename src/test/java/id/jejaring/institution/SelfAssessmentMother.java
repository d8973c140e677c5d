package id.jejaring.institution;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Test self-assessments, each in a year the institution has not assessed yet.
 */
public final class SelfAssessmentMother {

	private SelfAssessmentMother() {
	}

	public static Map<AssessmentArea, AreaAssessment> areas(int score) {
		Map<AssessmentArea, AreaAssessment> areas = new EnumMap<>(AssessmentArea.class);
		for (AssessmentArea area : AssessmentArea.values()) {
			areas.put(area, new AreaAssessment("Kekuatan " + area, "Kelemahan " + area, score, "Alasan " + area));
		}
		return areas;
	}

	public static int freeYear(SelfAssessments assessments, UUID institutionId) {
		return AsStaff.call(institutionId, () -> {
			for (int year = FigureRules.FIRST_YEAR; year < 2100; year++) {
				if (!assessments.yearTaken(year, null)) {
					return year;
				}
			}
			throw new IllegalStateException("no free year");
		});
	}

	public static SelfAssessment createIn(SelfAssessments assessments, UUID institutionId) {
		int year = freeYear(assessments, institutionId);
		return AsStaff.call(institutionId, () -> assessments.create(year, areas(3), "Peluang uji"));
	}

	public static SelfAssessment reload(SelfAssessments assessments, SelfAssessment assessment) {
		return AsStaff.call(assessment.getInstitutionId(), () -> assessments.get(assessment.getId()));
	}

}
