package id.jejaring.agreement;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndonesianWordsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0 | nol
			1 | satu
			9 | sembilan
			10 | sepuluh
			11 | sebelas
			12 | dua belas
			19 | sembilan belas
			20 | dua puluh
			21 | dua puluh satu
			22 | dua puluh dua
			30 | tiga puluh
			99 | sembilan puluh sembilan
			100 | seratus
			101 | seratus satu
			110 | seratus sepuluh
			111 | seratus sebelas
			115 | seratus lima belas
			200 | dua ratus
			999 | sembilan ratus sembilan puluh sembilan
			1000 | seribu
			1001 | seribu satu
			1011 | seribu sebelas
			1100 | seribu seratus
			1999 | seribu sembilan ratus sembilan puluh sembilan
			2000 | dua ribu
			2026 | dua ribu dua puluh enam
			11000 | sebelas ribu
			100000 | seratus ribu
			101000 | seratus satu ribu
			999999 | sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan
			1000000 | satu juta
			1000001 | satu juta satu
			2500000 | dua juta lima ratus ribu
			10000000 | sepuluh juta
			1000000000 | satu miliar
			1001000 | satu juta seribu
			3000000000000 | tiga triliun
			-12 | minus dua belas
			""")
	void numbers(long number, String words) {
		assertThat(IndonesianWords.number(number)).isEqualTo(words);
	}

	@ParameterizedTest
	@CsvSource({ "1,pertama", "2,kedua", "3,ketiga", "4,keempat", "10,kesepuluh", "11,kesebelas" })
	void ordinals(int number, String words) {
		assertThat(IndonesianWords.ordinal(number)).isEqualTo(words);
	}

	@Test
	void noZerothParty() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndonesianWords.ordinal(0));
	}

	@Test
	void openingSentenceOfAMonday() {
		assertThat(IndonesianWords.opening(LocalDate.of(2026, 11, 23)))
			.isEqualTo("Pada hari ini, Senin, tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam");
	}

	@Test
	void openingSentenceOf22November2026IsASunday() {
		assertThat(IndonesianWords.opening(LocalDate.of(2026, 11, 22)))
			.isEqualTo("Pada hari ini, Minggu, tanggal dua puluh dua bulan November tahun dua ribu dua puluh enam");
	}

	@ParameterizedTest
	@CsvSource({ "2026-01-01,Kamis,1 Januari 2026", "2025-12-31,Rabu,31 Desember 2025",
			"2024-02-29,Kamis,29 Februari 2024", "2026-08-17,Senin,17 Agustus 2026", "2026-03-20,Jumat,20 Maret 2026",
			"2026-05-02,Sabtu,2 Mei 2026", "2026-06-02,Selasa,2 Juni 2026" })
	void daysAndDates(LocalDate date, String day, String written) {
		assertThat(IndonesianWords.dayName(date)).isEqualTo(day);
		assertThat(IndonesianWords.date(date)).isEqualTo(written);
	}

	@Test
	void theFirstOfTheMonthAndAYearBefore2000() {
		assertThat(IndonesianWords.opening(LocalDate.of(1999, 7, 1))).isEqualTo(
				"Pada hari ini, Kamis, tanggal satu bulan Juli tahun seribu sembilan ratus sembilan puluh sembilan");
	}

}
