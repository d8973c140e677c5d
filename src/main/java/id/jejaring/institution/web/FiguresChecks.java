package id.jejaring.institution.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import id.jejaring.institution.FiguresManagement;
import id.jejaring.institution.Programs;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of a year's figures that need the clock or the database, shared by the form
 * and the API: the form's own rules against the current year and known programs, then one
 * record per year.
 */
@Component
class FiguresChecks {

	private final FiguresManagement figures;

	private final Programs programs;

	private final Clock clock;

	FiguresChecks(FiguresManagement figures, Programs programs, Clock clock) {
		this.figures = figures;
		this.programs = programs;
		this.clock = clock;
	}

	void check(FiguresForm form, Errors errors, UUID exceptId) {
		Set<UUID> rowPrograms = new HashSet<>();
		form.programs()
			.stream()
			.filter((row) -> row != null && row.programId() != null)
			.forEach((row) -> rowPrograms.add(row.programId()));
		form.check(errors, LocalDate.now(this.clock).getYear(), this.programs.byIds(rowPrograms).keySet());
		if (!errors.hasFieldErrors("year") && this.figures.yearTaken(form.yearValue(), exceptId)) {
			errors.rejectValue("year", "validation.figures.yearTaken");
		}
	}

}
