package id.jejaring.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0812-3456-7890        | +6281234567890
			+62 812 3456 7890     | +6281234567890
			6281234567890         | +6281234567890
			(022) 589 1234        | +62225891234
			0812.3456.7890        | +6281234567890
			'  +62-22-589-1234  ' | +62225891234
			""")
	void acceptsIndonesianNumbersAndStoresThemAsPlus62(String raw, String normalized) {
		assertThat(PhoneNumbers.normalize(raw)).contains(normalized);
		assertThat(PhoneNumbers.isValid(raw)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "12345", "abc", "+1 415 555 0100", "   ", "0812", "+62 0812 3456 7890", "0812-3456-789x",
			"08123456789012345" })
	void refusesAnythingElse(String raw) {
		assertThat(PhoneNumbers.normalize(raw)).isEmpty();
		assertThat(PhoneNumbers.isValid(raw)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "+6281234567890, https://wa.me/6281234567890", "+62225891234, https://wa.me/62225891234" })
	void whatsAppLinksUseDigitsOnly(String normalized, String link) {
		assertThat(PhoneNumbers.whatsAppLink(normalized)).isEqualTo(link);
	}

}
