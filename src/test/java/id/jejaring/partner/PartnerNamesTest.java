package id.jejaring.partner;

import id.jejaring.shared.PhoneNumbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerNamesTest {

	@Test
	void legalFormsPunctuationAndCaseDoNotTellPartnersApart() {
		assertThat(PartnerNames.normalise("PT Sinar Garmen Majalaya")).isEqualTo("sinar garmen majalaya");
		assertThat(PartnerNames.normalise("Sinar Garmen Majalaya, PT.")).isEqualTo("sinar garmen majalaya");
		assertThat(PartnerNames.normalise("  CV.  Rajut   Mandiri  ")).isEqualTo("rajut mandiri");
		assertThat(PartnerNames.normalise("PT Sido Muncul Tbk")).isEqualTo("sido muncul");
		assertThat(PartnerNames.normalise("Koperasi Wanita Sejahtera")).isEqualTo("wanita sejahtera");
		assertThat(PartnerNames.normalise("Pondok Pesantren Al-Ittifaq")).isEqualTo("pondok pesantren al ittifaq");
	}

	@Test
	void accentsAreDroppedAndBlankNamesAreEmpty() {
		assertThat(PartnerNames.normalise("Café Rasa Sunda")).isEqualTo("cafe rasa sunda");
		assertThat(PartnerNames.normalise(null)).isEmpty();
		assertThat(PartnerNames.normalise(" , . ")).isEmpty();
		assertThat(PartnerNames.normalise("PT")).isEmpty();
	}

	@Test
	void phoneNumbersAreNormalisedAndSearchedByTheirDigits() {
		assertThat(PhoneNumbers.normalize("0812-3456-7890")).contains("+6281234567890");
		assertThat(PhoneNumbers.normalize("62 812 3456 7890")).contains("+6281234567890");
		assertThat(PhoneNumbers.normalize("+62 (22) 5891234")).contains("+62225891234");
		assertThat(PhoneNumbers.normalize("12345")).isEmpty();
		assertThat(PhoneNumbers.whatsAppLink("+6281234567890")).isEqualTo("https://wa.me/6281234567890");
		assertThat(PartnerFilter.phoneDigits("0812-3456")).isEqualTo("8123456");
		assertThat(PartnerFilter.phoneDigits("+62 812 3456")).isEqualTo("8123456");
		assertThat(PartnerFilter.phoneDigits("Sinar")).isNull();
		assertThat(PartnerFilter.phoneDigits("081")).isNull();
	}

}
