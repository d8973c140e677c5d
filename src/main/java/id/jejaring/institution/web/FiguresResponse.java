package id.jejaring.institution.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.FigureCounts;
import id.jejaring.institution.ProgramFigures;
import id.jejaring.institution.YearlyFigures;

/**
 * A year's figures as JSON: the total with its rates (per 100 graduates), and the rows
 * per program.
 */
record FiguresResponse(UUID id, long version, int year, FigureCounts total, Double placementRate,
		Double certificationRate, List<ProgramRow> programs) {

	record ProgramRow(UUID programId, String programName, FigureCounts figures, Double placementRate,
			Double certificationRate) {

		static ProgramRow of(ProgramFigures row, Map<UUID, String> names) {
			FigureCounts c = row.counts();
			return new ProgramRow(row.getProgramId(), names.get(row.getProgramId()), c, c.placementRate(),
					c.certificationRate());
		}

	}

	static FiguresResponse of(YearlyFigures y, Map<UUID, String> names) {
		FigureCounts t = y.total();
		return new FiguresResponse(y.getId(), y.getVersion(), y.getYear(), t, t.placementRate(), t.certificationRate(),
				y.getPrograms().stream().map((row) -> ProgramRow.of(row, names)).toList());
	}

}
