package id.jejaring.partner;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes a recorded partner look like a new or changed one, and that a change is only
 * blamed for the likeness it brings.
 */
class DuplicateReasonTest {

	static PartnerDetails details(String name, String region, String phone, String whatsapp, String email) {
		return new PartnerDetails(PartnerKind.ORGANISATION, name, "BUSINESS.LARGE", null, null, null, region, null,
				null, phone, whatsapp, email, null, null, null, List.of(), false, null, null, PartnerStatus.CANDIDATE,
				List.of(), null);
	}

	final Partner recorded = new Partner(
			details("PT Sinar Garmen", "32.04.33", "+6281200001111", "+6285700002222", "info@sinar.id"));

	@Test
	void aNewPartnerIsComparedOnNameInTheRegencyPhonesAndEmail() {
		assertThat(DuplicateReason.introduced(
				details("Sinar Garmen, PT.", "32.04.29", null, "+6281200001111", "info@sinar.id"), null, this.recorded))
			.containsExactly(DuplicateReason.SAME_NAME_IN_REGENCY, DuplicateReason.SAME_PHONE,
					DuplicateReason.SAME_EMAIL);
		assertThat(DuplicateReason.introduced(details("Sinar Garmen", null, null, null, null), null, this.recorded))
			.as("no region on one side")
			.containsExactly(DuplicateReason.SAME_NAME_IN_REGENCY);
		assertThat(DuplicateReason.introduced(details("Sinar Garmen", "32.73", "+6285700002222", null, null), null,
				this.recorded))
			.as("same name in another regency, same WhatsApp as phone")
			.containsExactly(DuplicateReason.SAME_PHONE);
		assertThat(DuplicateReason.introduced(details("PT", null, null, null, null), null,
				new Partner(details("CV", null, null, null, null))))
			.as("names made only of legal forms are not compared")
			.isEmpty();
	}

	@Test
	void aChangeIsOnlyBlamedForTheLikenessItBrings() {
		PartnerDetails before = details("Sinar Garmen", "32.04.29", "+6281200001111", null, "info@sinar.id");
		assertThat(DuplicateReason.introduced(before, before, this.recorded)).as("nothing changed").isEmpty();
		assertThat(DuplicateReason.introduced(
				details("Sinar Garmen", "32.04.29", null, "+6281200001111", "info@sinar.id"), before, this.recorded))
			.as("the number moved from phone to WhatsApp")
			.isEmpty();
		assertThat(DuplicateReason.introduced(
				details("Sinar Garmen", "32.04.29", "+6281200001111", "+6285700002222", "info@sinar.id"), before,
				this.recorded))
			.containsExactly(DuplicateReason.SAME_PHONE);
		PartnerDetails elsewhere = details("Sinar Garmen", "32.73", null, null, null);
		assertThat(DuplicateReason.introduced(details("Sinar Garmen", "32.04.33", null, null, null), elsewhere,
				this.recorded))
			.as("moved into the recorded partner's regency")
			.containsExactly(DuplicateReason.SAME_NAME_IN_REGENCY);
	}

}
