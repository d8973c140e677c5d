package id.jejaring.agreement;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementStatusPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final Instant EARLIER = Instant.parse("2026-01-01T03:00:00Z");

	static AgreementStatus status(Instant ready, Instant signed, LocalDate from, LocalDate until, LocalDate terminated,
			boolean superseded) {
		return AgreementStatusPolicy
			.statusOf(new AgreementStatusPolicy.Facts(ready, signed, from, until, terminated, superseded), TODAY, 30);
	}

	static AgreementStatus signed(LocalDate from, LocalDate until) {
		return status(EARLIER, EARLIER, from, until, null, false);
	}

	@Test
	void beforeSigningItIsADraftOrReady() {
		assertThat(status(null, null, null, null, null, false)).isEqualTo(AgreementStatus.DRAFT);
		assertThat(status(EARLIER, null, TODAY, TODAY.plusYears(1), null, false))
			.isEqualTo(AgreementStatus.READY_TO_SIGN);
	}

	@Test
	void signedItFollowsTheDates() {
		assertThat(signed(TODAY.plusDays(1), TODAY.plusYears(1))).isEqualTo(AgreementStatus.SIGNED);
		assertThat(signed(TODAY, TODAY.plusYears(1))).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(signed(TODAY.minusYears(1), TODAY.plusDays(31))).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(signed(TODAY.minusYears(1), TODAY.plusDays(30))).isEqualTo(AgreementStatus.ENDING_SOON);
		// the end date is the last day in force
		assertThat(signed(TODAY.minusYears(1), TODAY)).isEqualTo(AgreementStatus.ENDING_SOON);
		assertThat(signed(TODAY.minusYears(1), TODAY.minusDays(1))).isEqualTo(AgreementStatus.EXPIRED);
	}

	@Test
	void terminationAndSupersessionEndEverything() {
		assertThat(status(EARLIER, EARLIER, TODAY.minusYears(1), TODAY.plusYears(1), TODAY.minusDays(3), false))
			.isEqualTo(AgreementStatus.TERMINATED);
		assertThat(status(EARLIER, EARLIER, TODAY.minusYears(1), TODAY.minusDays(3), null, true))
			.isEqualTo(AgreementStatus.SUPERSEDED);
		assertThat(status(null, null, null, null, TODAY, true)).isEqualTo(AgreementStatus.TERMINATED);
	}

	@Test
	void theEndingSoonWindowIsTheInstitutionsChoice() {
		AgreementStatusPolicy.Facts facts = new AgreementStatusPolicy.Facts(EARLIER, EARLIER, TODAY.minusYears(1),
				TODAY.plusDays(60), null, false);
		assertThat(AgreementStatusPolicy.statusOf(facts, TODAY, 30)).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(AgreementStatusPolicy.statusOf(facts, TODAY, 90)).isEqualTo(AgreementStatus.ENDING_SOON);
		// a day later, with no job run in between, the same facts read differently
		assertThat(AgreementStatusPolicy.statusOf(facts, TODAY.plusDays(61), 30)).isEqualTo(AgreementStatus.EXPIRED);
	}

}
