package id.jejaring.institution;

import java.util.List;

import id.jejaring.institution.FigureCounts.Figure;
import id.jejaring.institution.FigureCounts.Rate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change from the year before that the charts and the dashboard show.
 */
class FigureTrendTest {

	FigureTrend trend = new FigureTrend(List.of(2024, 2025, 2026), List.of(new FigureCounts(150, 120, 60, 30, 10, 2),
			new FigureCounts(120, 100, 70, 50, 10, 4), new FigureCounts(132, 100, 80, 45, 15, 4)));

	@Test
	void aRiseIsTheDifferenceAndItsShareOfTheYearBefore() {
		FigureTrend.Change change = this.trend.change(Figure.ENROLLED);
		assertThat(change.delta()).isEqualTo(12);
		assertThat(change.percent()).isEqualTo(10.0);
		assertThat(change.isRise()).isTrue();
		assertThat(change.signedDelta()).isEqualTo("+12");
	}

	@Test
	void aFallIsMarkedAsSuch() {
		FigureTrend.Change change = this.trend.change(Figure.PLACED);
		assertThat(change.isFall()).isTrue();
		assertThat(change.signedDelta()).isEqualTo("-5");
		assertThat(change.percent()).isEqualTo(-10.0);
		assertThat(this.trend.change(Figure.JOB_ORDERS).isRise()).isFalse();
		assertThat(this.trend.change(Figure.JOB_ORDERS).isFall()).isFalse();
	}

	@Test
	void ratesChangeInPercentagePoints() {
		assertThat(this.trend.change(Rate.PLACEMENT).delta()).isEqualTo(-5.0);
		assertThat(this.trend.change(Rate.PLACEMENT).percent()).isNull();
		assertThat(this.trend.values(Figure.ENROLLED)).containsExactly(150, 120, 132);
		assertThat(this.trend.latestYear()).isEqualTo(2026);
	}

	@Test
	void aSingleYearHasNoChange() {
		FigureTrend one = new FigureTrend(List.of(2026), List.of(new FigureCounts(10, 5, 0, 0, 0, 0)));
		assertThat(one.change(Figure.ENROLLED)).isNull();
		assertThat(new FigureTrend(List.of(), List.of()).isEmpty()).isTrue();
	}

}
