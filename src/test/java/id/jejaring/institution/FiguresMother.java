package id.jejaring.institution;

import java.util.Map;
import java.util.UUID;

/**
 * Test yearly figures. Tests share one database with the demo data, so each takes a year
 * nobody has recorded yet for the institution.
 */
public final class FiguresMother {

	private FiguresMother() {
	}

	public static FigureCounts typical() {
		return new FigureCounts(100, 80, 60, 40, 20, 5);
	}

	public static int freeYear(FiguresManagement figures, UUID institutionId) {
		return AsStaff.call(institutionId, () -> {
			for (int year = FigureRules.FIRST_YEAR; year < 2100; year++) {
				if (!figures.yearTaken(year, null)) {
					return year;
				}
			}
			throw new IllegalStateException("no free year");
		});
	}

	public static YearlyFigures recordIn(FiguresManagement figures, UUID institutionId) {
		return recordIn(figures, institutionId, typical(), Map.of());
	}

	public static YearlyFigures recordIn(FiguresManagement figures, UUID institutionId, FigureCounts total,
			Map<UUID, FigureCounts> perProgram) {
		int year = freeYear(figures, institutionId);
		return AsStaff.call(institutionId, () -> figures.record(year, total, perProgram));
	}

	public static YearlyFigures reload(FiguresManagement figures, YearlyFigures year) {
		return AsStaff.call(year.getInstitutionId(), () -> {
			YearlyFigures found = figures.get(year.getId());
			found.getPrograms().size();
			return found;
		});
	}

}
