package id.jejaring.institution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import id.jejaring.institution.FigureCounts.Figure;

/**
 * What makes a year's figures plausible: none negative; no more graduates than
 * participants; certified, placed, and placed plus new entrepreneurs no more than the
 * graduates; per-program figures not above the institution's total; a year between 1990
 * and next year. Shared by the pages, the API and the service, so none can store what
 * another would refuse.
 */
public final class FigureRules {

	public static final int FIRST_YEAR = 1990;

	private FigureRules() {
	}

	/** A broken rule: the field it concerns and the message key explaining it. */
	public record Violation(String field, String messageKey, Object... arguments) {
	}

	public static List<Violation> check(FigureCounts counts) {
		List<Violation> violations = new ArrayList<>();
		for (Figure figure : Figure.values()) {
			if (counts.get(figure) < 0) {
				violations.add(new Violation(figure.field(), "validation.figures.negative"));
			}
		}
		if (!violations.isEmpty()) {
			return violations;
		}
		if (counts.graduates() > counts.enrolled()) {
			violations.add(new Violation("graduates", "validation.figures.graduatesAboveEnrolled"));
		}
		if (counts.certified() > counts.graduates()) {
			violations.add(new Violation("certified", "validation.figures.certifiedAboveGraduates"));
		}
		if (counts.placed() > counts.graduates()) {
			violations.add(new Violation("placed", "validation.figures.placedAboveGraduates"));
		}
		else if (counts.placed() + counts.startedBusiness() > counts.graduates()) {
			violations.add(new Violation("startedBusiness", "validation.figures.outcomesAboveGraduates"));
		}
		return violations;
	}

	/** Per-program figures whose sum exceeds the institution's total for the year. */
	public static List<Violation> checkBreakdown(FigureCounts total, Collection<FigureCounts> programs) {
		List<Violation> violations = new ArrayList<>();
		for (Figure figure : Figure.values()) {
			int sum = programs.stream().mapToInt((counts) -> counts.get(figure)).sum();
			if (sum > total.get(figure)) {
				violations.add(
						new Violation(figure.field(), "validation.figures.programsAboveTotal", sum, total.get(figure)));
			}
		}
		return violations;
	}

	public static boolean yearAllowed(int year, int currentYear) {
		return year >= FIRST_YEAR && year <= currentYear + 1;
	}

}
