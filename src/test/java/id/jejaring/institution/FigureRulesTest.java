package id.jejaring.institution;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a year's figures, without Spring.
 */
class FigureRulesTest {

	@Test
	void plausibleFiguresPass() {
		assertThat(FigureRules.check(new FigureCounts(100, 80, 60, 40, 40, 5))).isEmpty();
		assertThat(FigureRules.check(new FigureCounts(0, 0, 0, 0, 0, 0))).isEmpty();
	}

	@Test
	void noFigureMayBeNegative() {
		assertThat(FigureRules.check(new FigureCounts(-1, 0, 0, 0, 0, -2)))
			.extracting(FigureRules.Violation::field, FigureRules.Violation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("enrolled", "validation.figures.negative"),
					org.assertj.core.groups.Tuple.tuple("jobOrders", "validation.figures.negative"));
	}

	@Test
	void graduatesCannotExceedParticipants() {
		assertThat(fields(new FigureCounts(50, 51, 0, 0, 0, 0))).containsExactly("graduates");
	}

	@Test
	void certifiedAndPlacedCannotExceedGraduates() {
		assertThat(fields(new FigureCounts(100, 80, 81, 81, 0, 0))).containsExactly("certified", "placed");
	}

	@Test
	void placedPlusNewBusinessesCannotExceedGraduates() {
		assertThat(FigureRules.check(new FigureCounts(100, 80, 0, 50, 31, 0)))
			.extracting(FigureRules.Violation::messageKey)
			.containsExactly("validation.figures.outcomesAboveGraduates");
		assertThat(FigureRules.check(new FigureCounts(100, 80, 0, 50, 30, 0))).isEmpty();
	}

	@Test
	void programRowsMustStayWithinTheTotal() {
		FigureCounts total = new FigureCounts(100, 80, 60, 40, 20, 5);
		assertThat(FigureRules.checkBreakdown(total,
				List.of(new FigureCounts(60, 50, 30, 20, 10, 3), new FigureCounts(40, 30, 30, 20, 10, 2))))
			.isEmpty();
		assertThat(FigureRules.checkBreakdown(total,
				List.of(new FigureCounts(60, 50, 30, 20, 10, 3), new FigureCounts(41, 30, 30, 20, 10, 3))))
			.extracting(FigureRules.Violation::field)
			.containsExactly("enrolled", "jobOrders");
	}

	@Test
	void yearsRunFrom1990ToNextYear() {
		assertThat(FigureRules.yearAllowed(1989, 2026)).isFalse();
		assertThat(FigureRules.yearAllowed(1990, 2026)).isTrue();
		assertThat(FigureRules.yearAllowed(2027, 2026)).isTrue();
		assertThat(FigureRules.yearAllowed(2028, 2026)).isFalse();
	}

	@Test
	void ratesArePer100GraduatesAndAbsentWithoutGraduates() {
		FigureCounts counts = new FigureCounts(100, 80, 60, 30, 20, 5);
		assertThat(counts.placementRate()).isEqualTo(37.5);
		assertThat(counts.certificationRate()).isEqualTo(75.0);
		assertThat(new FigureCounts(10, 0, 0, 0, 0, 0).placementRate()).isNull();
	}

	private static List<String> fields(FigureCounts counts) {
		return FigureRules.check(counts).stream().map(FigureRules.Violation::field).toList();
	}

}
