package id.jejaring.needs;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The suggested order of the open needs. Two things weigh: urgency in the program's
 * timeline (days until the need is needed, or else until the program's next batch starts;
 * overdue counts as most urgent, a year or more away or no date as not urgent) and reach
 * (participants the program serves per year, relative to the largest program among the
 * candidates). Urgency weighs 60 %, reach 40 %; ties go to the earlier date, then to the
 * manager's current order. The manager may always override the suggestion.
 */
public final class NeedPriorityPolicy {

	static final double URGENCY_WEIGHT = 0.6;

	static final double REACH_WEIGHT = 0.4;

	static final double HORIZON_DAYS = 365;

	private NeedPriorityPolicy() {
	}

	/**
	 * @param candidates the needs to order
	 * @param today the day the suggestion is made
	 * @return the candidates in suggested order, with their position (from 1) and score
	 */
	public static List<Suggestion> suggest(List<Candidate> candidates, LocalDate today) {
		int maxParticipants = candidates.stream().mapToInt(Candidate::participantsPerYear).max().orElse(0);
		List<Suggestion> scored = new ArrayList<>();
		for (Candidate candidate : candidates) {
			LocalDate due = candidate.dueDate();
			Long daysLeft = (due != null) ? ChronoUnit.DAYS.between(today, due) : null;
			double urgency = (daysLeft == null) ? 0 : Math.max(0, Math.min(1, 1 - daysLeft / HORIZON_DAYS));
			double reach = (maxParticipants > 0) ? (double) candidate.participantsPerYear() / maxParticipants : 0;
			double score = URGENCY_WEIGHT * urgency + REACH_WEIGHT * reach;
			scored.add(new Suggestion(candidate.needId(), 0, score, daysLeft, candidate.participantsPerYear(),
					candidate.currentRank()));
		}
		scored.sort(Comparator.comparingDouble(Suggestion::score)
			.reversed()
			.thenComparing(Suggestion::daysLeft, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingInt(Suggestion::currentRank));
		List<Suggestion> ordered = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Suggestion s = scored.get(i);
			ordered.add(new Suggestion(s.needId(), i + 1, s.score(), s.daysLeft(), s.participantsPerYear(),
					s.currentRank()));
		}
		return ordered;
	}

	/**
	 * A need to place.
	 *
	 * @param neededBy when the need is needed, if known
	 * @param programNextBatch when the program's next batch starts, if known
	 */
	public record Candidate(UUID needId, LocalDate neededBy, LocalDate programNextBatch, int participantsPerYear,
			int currentRank) {

		LocalDate dueDate() {
			return (this.neededBy != null) ? this.neededBy : this.programNextBatch;
		}

	}

	/**
	 * A need's suggested place.
	 *
	 * @param position 1 for the first
	 * @param daysLeft days until it is needed (negative when overdue), or null without a
	 * date
	 */
	public record Suggestion(UUID needId, int position, double score, Long daysLeft, int participantsPerYear,
			int currentRank) {
	}

}
