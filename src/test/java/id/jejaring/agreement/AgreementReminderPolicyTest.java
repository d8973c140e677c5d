package id.jejaring.agreement;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementReminderPolicyTest {

	static final List<Integer> LEADS = List.of(90, 30, 7);

	@Test
	void nothingBeforeTheLargestLead() {
		assertThat(AgreementReminderPolicy.due(91, LEADS, Set.of())).isEmpty();
		assertThat(AgreementReminderPolicy.due(400, LEADS, Set.of())).isEmpty();
	}

	@Test
	void theLeadIsDueOnItsDayAndUntilTheNextOne() {
		assertThat(AgreementReminderPolicy.due(90, LEADS, Set.of())).hasValue(90);
		assertThat(AgreementReminderPolicy.due(31, LEADS, Set.of())).hasValue(90);
		assertThat(AgreementReminderPolicy.due(30, LEADS, Set.of(90))).hasValue(30);
		assertThat(AgreementReminderPolicy.due(7, LEADS, Set.of(90, 30))).hasValue(7);
		assertThat(AgreementReminderPolicy.due(0, LEADS, Set.of(90, 30))).hasValue(7);
	}

	@Test
	void eachLeadIsSentOnce() {
		assertThat(AgreementReminderPolicy.due(90, LEADS, Set.of(90))).isEmpty();
		assertThat(AgreementReminderPolicy.due(45, LEADS, Set.of(90))).isEmpty();
		assertThat(AgreementReminderPolicy.due(12, LEADS, Set.of(90, 30))).isEmpty();
		assertThat(AgreementReminderPolicy.due(1, LEADS, Set.of(90, 30, 7))).isEmpty();
	}

	@Test
	void aMissedRunSendsOnlyTheMostUrgentLead() {
		// the job did not run while 90 and 30 days passed: only the 7-day reminder goes
		// out
		assertThat(AgreementReminderPolicy.due(5, LEADS, Set.of())).hasValue(7);
		assertThat(AgreementReminderPolicy.due(20, LEADS, Set.of())).hasValue(30);
		// and the larger leads it covered never follow
		assertThat(AgreementReminderPolicy.due(5, LEADS, Set.of(7))).isEmpty();
		assertThat(AgreementReminderPolicy.due(60, LEADS, Set.of(30))).isEmpty();
	}

	@Test
	void nothingAfterTheLastDay() {
		assertThat(AgreementReminderPolicy.due(-1, LEADS, Set.of())).isEmpty();
		assertThat(AgreementReminderPolicy.due(-30, LEADS, Set.of(90))).isEmpty();
	}

	@Test
	void leadsInAnyOrderAndNoLeadsAtAll() {
		assertThat(AgreementReminderPolicy.due(25, List.of(7, 90, 30), Set.of())).hasValue(30);
		assertThat(AgreementReminderPolicy.due(25, List.of(), Set.of())).isEmpty();
	}

}
