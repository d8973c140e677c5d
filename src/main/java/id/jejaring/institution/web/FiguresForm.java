package id.jejaring.institution.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import id.jejaring.institution.FigureCounts;
import id.jejaring.institution.FigureRules;
import id.jejaring.institution.ProgramFigures;
import id.jejaring.institution.YearlyFigures;
import id.jejaring.shared.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.Errors;

/**
 * A year's figures as edited in the form and sent to the API: the institution's total and
 * rows per program (a row left wholly blank means "not known"). Numbers are text, checked
 * here, so bad input is shown again beside its field.
 */
record FiguresForm(@NotBlank @Pattern(regexp = YEAR, message = "{validation.year}") String year,
		@NotBlank @Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String enrolled,
		@NotBlank @Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String graduates,
		@NotBlank @Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String certified,
		@NotBlank @Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String placed,
		@NotBlank @Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String startedBusiness,
		@NotBlank @Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String jobOrders,
		@Valid List<ProgramRow> programs, long version) {

	static final String YEAR = "^\\s*$|^\\s*\\d{4}\\s*$";

	static final List<String> FIELDS = Stream.of(FigureCounts.Figure.values()).map(FigureCounts.Figure::field).toList();

	FiguresForm {
		programs = (programs != null) ? new ArrayList<>(programs) : new ArrayList<>();
	}

	/** Figures of one program in the year. */
	record ProgramRow(UUID programId,
			@Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String enrolled,
			@Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String graduates,
			@Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String certified,
			@Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String placed,
			@Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String startedBusiness,
			@Pattern(regexp = FormValues.WHOLE, message = "{validation.figures.number}") String jobOrders) {

		static ProgramRow blank(UUID programId) {
			return new ProgramRow(programId, null, null, null, null, null, null);
		}

		static ProgramRow of(ProgramFigures row) {
			FigureCounts c = row.counts();
			return new ProgramRow(row.getProgramId(), text(c.enrolled()), text(c.graduates()), text(c.certified()),
					text(c.placed()), text(c.startedBusiness()), text(c.jobOrders()));
		}

		List<String> values() {
			return java.util.Arrays.asList(this.enrolled, this.graduates, this.certified, this.placed,
					this.startedBusiness, this.jobOrders);
		}

		boolean isBlank() {
			return values().stream().allMatch((v) -> Texts.clean(v) == null);
		}

		FigureCounts counts() {
			return FiguresForm.counts(values());
		}

	}

	/** A form for a new year, with a blank row for each program. */
	static FiguresForm blank(Integer year, List<UUID> programIds) {
		return new FiguresForm((year != null) ? year.toString() : null, null, null, null, null, null, null,
				programIds.stream().map(ProgramRow::blank).toList(), 0);
	}

	/**
	 * The recorded year, with a row for each program it has and blank rows for the rest.
	 */
	static FiguresForm of(YearlyFigures figures, List<UUID> otherProgramIds) {
		FigureCounts t = figures.total();
		List<ProgramRow> rows = new ArrayList<>(figures.getPrograms().stream().map(ProgramRow::of).toList());
		Set<UUID> present = new HashSet<>(rows.stream().map(ProgramRow::programId).toList());
		otherProgramIds.stream().filter((id) -> !present.contains(id)).map(ProgramRow::blank).forEach(rows::add);
		return new FiguresForm(String.valueOf(figures.getYear()), text(t.enrolled()), text(t.graduates()),
				text(t.certified()), text(t.placed()), text(t.startedBusiness()), text(t.jobOrders()), rows,
				figures.getVersion());
	}

	/**
	 * Checks beyond single fields: the year's range, the rules between figures
	 * ({@link FigureRules}), complete program rows of known programs, and program rows
	 * within the total.
	 */
	void check(Errors errors, int currentYear, Set<UUID> knownPrograms) {
		if (!errors.hasFieldErrors("year") && !FigureRules.yearAllowed(yearValue(), currentYear)) {
			errors.rejectValue("year", "validation.figures.year",
					new Object[] { String.valueOf(FigureRules.FIRST_YEAR), String.valueOf(currentYear + 1) }, null);
		}
		boolean totalReadable = FIELDS.stream().noneMatch(errors::hasFieldErrors);
		if (totalReadable) {
			reject(errors, "", FigureRules.check(total()));
		}
		boolean rowsReadable = true;
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < this.programs.size(); i++) {
			ProgramRow row = this.programs.get(i);
			String prefix = "programs[" + i + "].";
			if (row == null || row.isBlank()) {
				continue;
			}
			if (row.programId() == null || !knownPrograms.contains(row.programId()) || !seen.add(row.programId())) {
				errors.reject("validation.figures.program");
				rowsReadable = false;
				continue;
			}
			boolean readable = true;
			for (int f = 0; f < FIELDS.size(); f++) {
				if (errors.hasFieldErrors(prefix + FIELDS.get(f))) {
					readable = false;
				}
				else if (Texts.clean(row.values().get(f)) == null) {
					errors.rejectValue(prefix + FIELDS.get(f), "validation.figures.rowIncomplete");
					readable = false;
				}
			}
			if (readable) {
				reject(errors, prefix, FigureRules.check(row.counts()));
			}
			rowsReadable &= readable;
		}
		if (totalReadable && rowsReadable && !errors.hasErrors()) {
			reject(errors, "", FigureRules.checkBreakdown(total(), perProgram().values()));
		}
	}

	int yearValue() {
		return Integer.parseInt(this.year.trim());
	}

	FigureCounts total() {
		return counts(List.of(this.enrolled, this.graduates, this.certified, this.placed, this.startedBusiness,
				this.jobOrders));
	}

	/** The filled-in program rows. */
	Map<UUID, FigureCounts> perProgram() {
		Map<UUID, FigureCounts> rows = new LinkedHashMap<>();
		this.programs.stream()
			.filter((row) -> row != null && !row.isBlank())
			.forEach((row) -> rows.put(row.programId(), row.counts()));
		return rows;
	}

	private static FigureCounts counts(List<String> values) {
		int[] n = values.stream().mapToInt((v) -> Integer.parseInt(v.trim())).toArray();
		return new FigureCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
	}

	private static void reject(Errors errors, String prefix, List<FigureRules.Violation> violations) {
		violations.forEach((v) -> errors.rejectValue(prefix + v.field(), v.messageKey(), v.arguments(), null));
	}

	private static String text(int number) {
		return String.valueOf(number);
	}

}
