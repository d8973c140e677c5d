package id.jejaring.institution.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.institution.SelfAssessments;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks of a self-assessment that need the clock or the database: the year's range, and
 * one assessment per year. Shared by the form and the API.
 */
@Component
class SelfAssessmentChecks {

	private final SelfAssessments assessments;

	private final Clock clock;

	SelfAssessmentChecks(SelfAssessments assessments, Clock clock) {
		this.assessments = assessments;
		this.clock = clock;
	}

	void check(SelfAssessmentForm form, Errors errors, UUID exceptId) {
		form.check(errors, LocalDate.now(this.clock).getYear());
		if (!errors.hasFieldErrors("year") && this.assessments.yearTaken(form.yearValue(), exceptId)) {
			errors.rejectValue("year", "validation.selfAssessment.yearTaken");
		}
	}

}
