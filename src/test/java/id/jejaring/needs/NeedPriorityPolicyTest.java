package id.jejaring.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.NeedPriorityPolicy.Candidate;
import id.jejaring.needs.NeedPriorityPolicy.Suggestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeedPriorityPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	final UUID a = UUID.randomUUID();

	final UUID b = UUID.randomUUID();

	final UUID c = UUID.randomUUID();

	@Test
	void theMoreUrgentNeedComesFirstWhenProgramsAreAlike() {
		List<Suggestion> order = NeedPriorityPolicy
			.suggest(List.of(new Candidate(this.a, TODAY.plusDays(200), null, 60, 1),
					new Candidate(this.b, TODAY.plusDays(20), null, 60, 2)), TODAY);
		assertThat(order).extracting(Suggestion::needId).containsExactly(this.b, this.a);
		assertThat(order).extracting(Suggestion::position).containsExactly(1, 2);
		assertThat(order.get(0).daysLeft()).isEqualTo(20);
	}

	@Test
	void withoutANeededByDateTheProgramsNextBatchCounts() {
		List<Suggestion> order = NeedPriorityPolicy.suggest(List.of(new Candidate(this.a, null, null, 60, 1),
				new Candidate(this.b, null, TODAY.plusDays(10), 60, 2)), TODAY);
		assertThat(order).extracting(Suggestion::needId).containsExactly(this.b, this.a);
		assertThat(order.get(1).daysLeft()).isNull();
	}

	@Test
	void atEqualUrgencyTheProgramServingMoreParticipantsComesFirst() {
		LocalDate due = TODAY.plusDays(60);
		List<Suggestion> order = NeedPriorityPolicy.suggest(List.of(new Candidate(this.a, due, null, 30, 1),
				new Candidate(this.b, due, null, 80, 2), new Candidate(this.c, due, null, 60, 3)), TODAY);
		assertThat(order).extracting(Suggestion::needId).containsExactly(this.b, this.c, this.a);
	}

	@Test
	void anOverdueNeedOutweighsAFarLargerProgram() {
		List<Suggestion> order = NeedPriorityPolicy.suggest(List.of(new Candidate(this.a, null, null, 100, 1),
				new Candidate(this.b, TODAY.minusDays(3), null, 20, 2)), TODAY);
		// a: 0.6 * 0 + 0.4 * 1 = 0.4; b: 0.6 * 1 + 0.4 * 0.2 = 0.68
		assertThat(order).extracting(Suggestion::needId).containsExactly(this.b, this.a);
	}

	@Test
	void tiesKeepTheManagersOrder() {
		List<Suggestion> order = NeedPriorityPolicy
			.suggest(List.of(new Candidate(this.a, null, null, 0, 5), new Candidate(this.b, null, null, 0, 2)), TODAY);
		assertThat(order).extracting(Suggestion::needId).containsExactly(this.b, this.a);
	}

	@Test
	void nothingToOrder() {
		assertThat(NeedPriorityPolicy.suggest(List.of(), TODAY)).isEmpty();
	}

}
