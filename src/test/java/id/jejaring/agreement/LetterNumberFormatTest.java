package id.jejaring.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterNumberFormatTest {

	@Test
	void monthsAreWrittenInRomanNumerals() {
		assertThat(LetterNumberFormat.romanMonth(1)).isEqualTo("I");
		assertThat(LetterNumberFormat.romanMonth(4)).isEqualTo("IV");
		assertThat(LetterNumberFormat.romanMonth(9)).isEqualTo("IX");
		assertThat(LetterNumberFormat.romanMonth(11)).isEqualTo("XI");
		assertThat(LetterNumberFormat.romanMonth(12)).isEqualTo("XII");
	}

	@Test
	void theInstitutionsFormatGivesTheNumber() {
		assertThat(LetterNumberFormat.format(AgreementSettings.DEFAULT_FORMAT, 12, "LKP-TM", AgreementKind.MOU,
				LocalDate.of(2026, 11, 22)))
			.isEqualTo("012/LKP-TM/MoU/XI/2026");
		assertThat(LetterNumberFormat.format("{seq}/{kind}/{unit}/{month}/{year}", 1234, "LKP-CK",
				AgreementKind.ADDENDUM, LocalDate.of(2027, 2, 1)))
			.isEqualTo("1234/ADD/LKP-CK/II/2027");
		// a unit code with $ or \ is copied as it is
		assertThat(LetterNumberFormat.format("{unit}-{seq}", 7, "A$1\\B", AgreementKind.PKS, LocalDate.of(2026, 3, 1)))
			.isEqualTo("A$1\\B-007");
	}

	@Test
	void aFormatNeedsTheSequenceAndKnownPartsOnly() {
		assertThat(LetterNumberFormat.problem(AgreementSettings.DEFAULT_FORMAT)).isNull();
		assertThat(LetterNumberFormat.problem("")).isEqualTo("validation.agreement.numberFormat.blank");
		assertThat(LetterNumberFormat.problem("{unit}/{year}")).isEqualTo("validation.agreement.numberFormat.seq");
		assertThat(LetterNumberFormat.problem("{seq}/{nomor}")).isEqualTo("validation.agreement.numberFormat.field");
		assertThat(LetterNumberFormat.problem("{seq}/{unit")).isEqualTo("validation.agreement.numberFormat.field");
	}

}
