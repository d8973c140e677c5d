package id.jejaring.institution.web;

import java.util.EnumMap;
import java.util.Map;

import id.jejaring.institution.AreaAssessment;
import id.jejaring.institution.AssessmentArea;
import id.jejaring.institution.FigureRules;
import id.jejaring.institution.SelfAssessment;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A year's self-assessment as edited in the form and sent to the API: per area
 * ({@code hr}, {@code facilities}, {@code programs}, {@code graduates}) strengths,
 * weaknesses, a score 1–5 and its reason; and the community's opportunities.
 */
record SelfAssessmentForm(@NotBlank @Pattern(regexp = FiguresForm.YEAR, message = "{validation.year}") String year,
		@Size(max = 2000) String hrStrengths, @Size(max = 2000) String hrWeaknesses,
		@NotBlank(message = SCORE_MESSAGE) @Pattern(regexp = FormValues.SCORE, message = SCORE_MESSAGE) String hrScore,
		@Size(max = 500) String hrReason, @Size(max = 2000) String facilitiesStrengths,
		@Size(max = 2000) String facilitiesWeaknesses,
		@NotBlank(message = SCORE_MESSAGE) @Pattern(regexp = FormValues.SCORE,
				message = SCORE_MESSAGE) String facilitiesScore,
		@Size(max = 500) String facilitiesReason, @Size(max = 2000) String programsStrengths,
		@Size(max = 2000) String programsWeaknesses,
		@NotBlank(message = SCORE_MESSAGE) @Pattern(regexp = FormValues.SCORE,
				message = SCORE_MESSAGE) String programsScore,
		@Size(max = 500) String programsReason, @Size(max = 2000) String graduatesStrengths,
		@Size(max = 2000) String graduatesWeaknesses,
		@NotBlank(message = SCORE_MESSAGE) @Pattern(regexp = FormValues.SCORE,
				message = SCORE_MESSAGE) String graduatesScore,
		@Size(max = 500) String graduatesReason, @Size(max = 4000) String opportunities, long version) {

	static final String SCORE_MESSAGE = "{validation.selfAssessment.score}";

	static SelfAssessmentForm blank(int year) {
		return new SelfAssessmentForm(String.valueOf(year), null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, 0);
	}

	static SelfAssessmentForm of(SelfAssessment a) {
		AreaAssessment hr = a.area(AssessmentArea.HUMAN_RESOURCES);
		AreaAssessment fa = a.area(AssessmentArea.FACILITIES);
		AreaAssessment pr = a.area(AssessmentArea.PROGRAMS);
		AreaAssessment gr = a.area(AssessmentArea.GRADUATES);
		return new SelfAssessmentForm(String.valueOf(a.getYear()), hr.strengths(), hr.weaknesses(),
				String.valueOf(hr.score()), hr.reason(), fa.strengths(), fa.weaknesses(), String.valueOf(fa.score()),
				fa.reason(), pr.strengths(), pr.weaknesses(), String.valueOf(pr.score()), pr.reason(), gr.strengths(),
				gr.weaknesses(), String.valueOf(gr.score()), gr.reason(), a.getOpportunities(), a.getVersion());
	}

	/** The year's range (1990 to next year). */
	void check(Errors errors, int currentYear) {
		if (!errors.hasFieldErrors("year") && !FigureRules.yearAllowed(yearValue(), currentYear)) {
			errors.rejectValue("year", "validation.figures.year",
					new Object[] { String.valueOf(FigureRules.FIRST_YEAR), String.valueOf(currentYear + 1) }, null);
		}
	}

	int yearValue() {
		return Integer.parseInt(this.year.trim());
	}

	Map<AssessmentArea, AreaAssessment> areas() {
		Map<AssessmentArea, AreaAssessment> areas = new EnumMap<>(AssessmentArea.class);
		areas.put(AssessmentArea.HUMAN_RESOURCES,
				area(this.hrStrengths, this.hrWeaknesses, this.hrScore, this.hrReason));
		areas.put(AssessmentArea.FACILITIES,
				area(this.facilitiesStrengths, this.facilitiesWeaknesses, this.facilitiesScore, this.facilitiesReason));
		areas.put(AssessmentArea.PROGRAMS,
				area(this.programsStrengths, this.programsWeaknesses, this.programsScore, this.programsReason));
		areas.put(AssessmentArea.GRADUATES,
				area(this.graduatesStrengths, this.graduatesWeaknesses, this.graduatesScore, this.graduatesReason));
		return areas;
	}

	String cleanOpportunities() {
		return Texts.clean(this.opportunities);
	}

	private static AreaAssessment area(String strengths, String weaknesses, String score, String reason) {
		return new AreaAssessment(Texts.clean(strengths), Texts.clean(weaknesses), Integer.parseInt(score.trim()),
				Texts.clean(reason));
	}

}
