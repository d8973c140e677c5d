package id.jejaring.partnership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.UUID;

import id.jejaring.institution.Region;
import id.jejaring.partner.CandidateRule;

/**
 * How well a partner could fill a need, as points with a reason for each, so the list can
 * say why one partner ranks above another. The weights put what the partner can give
 * first (the need's aspect, then the category the need asks for), then nearness (same
 * regency, same province), then what we learnt (analysis and, later, evaluation scores,
 * contacts), and hold back partners who already carry many of our partnerships.
 *
 * <ul>
 * <li>offers the need's aspect: +40</li>
 * <li>category is one of the need's criteria (or below one): +30</li>
 * <li>same regency/city as the institution: +20; same province: +10; elsewhere or
 * unknown: 0</li>
 * <li>average analysis score (1–5) in any partnership: (average − 3) × 5, −10 … +10</li>
 * <li>average evaluation score (1–5), when an {@link PartnerEvaluationScores}
 * implementation gives one: (average − 3) × 5</li>
 * <li>in touch within 90 days: +10, within a year: +5; +2 per interaction, at most
 * +10</li>
 * <li>−5 per active partnership it is already a party in, at most −20</li>
 * </ul>
 * Ties go to the partner with fewer active partnerships, then by name.
 */
public final class PartnerRecommendationPolicy {

	static final int OFFERS_ASPECT = 40;

	static final int CATEGORY_FITS = 30;

	static final int SAME_REGENCY = 20;

	static final int SAME_PROVINCE = 10;

	static final int RECENT_CONTACT = 10;

	static final int CONTACT_THIS_YEAR = 5;

	static final int PER_INTERACTION = 2;

	static final int MAX_FREQUENCY = 10;

	static final int PER_ACTIVE_PARTNERSHIP = 5;

	static final int MAX_LOAD_PENALTY = 20;

	private final Collection<String> criteria;

	private final String regency;

	private final String province;

	private final LocalDate today;

	/**
	 * @param criteria the need's partner categories (empty when it names none)
	 * @param institutionRegion the institution's region code, or null
	 * @param today the date recency is measured from
	 */
	public PartnerRecommendationPolicy(Collection<String> criteria, String institutionRegion, LocalDate today) {
		this.criteria = List.copyOf(criteria);
		boolean known = institutionRegion != null && !institutionRegion.isBlank();
		this.regency = known ? Region.regencyOf(institutionRegion) : null;
		this.province = known ? Region.provinceOf(institutionRegion) : null;
		this.today = today;
	}

	/** Best first: more points, then fewer active partnerships, then by name. */
	static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::score)
		.reversed()
		.thenComparingLong((r) -> r.candidate().activePartnerships())
		.thenComparing((r) -> r.candidate().name(), String.CASE_INSENSITIVE_ORDER)
		.thenComparing((r) -> r.candidate().partnerId());

	/**
	 * The candidates ranked best first, at most {@code limit}: a bounded heap, so tens of
	 * thousands of candidates are not sorted in full.
	 */
	public List<Ranked> rank(Collection<Candidate> candidates, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		PriorityQueue<Ranked> best = new PriorityQueue<>(limit + 1, ORDER.reversed());
		for (Candidate candidate : candidates) {
			best.add(score(candidate));
			if (best.size() > limit) {
				best.poll();
			}
		}
		List<Ranked> ranked = new ArrayList<>(best);
		ranked.sort(ORDER);
		return List.copyOf(ranked);
	}

	/** One candidate's points and the reasons behind them, in the order above. */
	public Ranked score(Candidate c) {
		List<Reason> reasons = new ArrayList<>();
		if (c.offersAspect()) {
			reasons.add(new Reason("recommendation.reason.offersAspect", OFFERS_ASPECT));
		}
		if (!this.criteria.isEmpty() && CandidateRule.inCategory(this.criteria, c.categoryCode())) {
			reasons.add(new Reason("recommendation.reason.categoryFits", CATEGORY_FITS));
		}
		reasons.add(region(c.regionCode()));
		if (c.analysisAverage() != null) {
			reasons.add(new Reason("recommendation.reason.analysis", fromAverage(c.analysisAverage()),
					oneDecimal(c.analysisAverage())));
		}
		if (c.evaluationAverage() != null) {
			reasons.add(new Reason("recommendation.reason.evaluation", fromAverage(c.evaluationAverage()),
					oneDecimal(c.evaluationAverage())));
		}
		reasons.add(contact(c.interactionCount(), c.lastInteraction()));
		if (c.activePartnerships() > 0) {
			reasons.add(new Reason("recommendation.reason.load",
					-(int) Math.min(MAX_LOAD_PENALTY, PER_ACTIVE_PARTNERSHIP * c.activePartnerships()),
					c.activePartnerships()));
		}
		int score = reasons.stream().mapToInt(Reason::points).sum();
		return new Ranked(c, score, List.copyOf(reasons));
	}

	private Reason region(String partnerRegion) {
		if (partnerRegion == null || partnerRegion.isBlank() || this.province == null) {
			return new Reason("recommendation.reason.regionUnknown", 0);
		}
		if (this.regency != null && within(partnerRegion, this.regency)) {
			return new Reason("recommendation.reason.sameRegency", SAME_REGENCY);
		}
		if (within(partnerRegion, this.province)) {
			return new Reason("recommendation.reason.sameProvince", SAME_PROVINCE);
		}
		return new Reason("recommendation.reason.elsewhere", 0);
	}

	private static boolean within(String code, String area) {
		return code.equals(area) || code.startsWith(area + ".");
	}

	private Reason contact(long count, LocalDate last) {
		if (count == 0 || last == null) {
			return new Reason("recommendation.reason.noContact", 0);
		}
		long daysAgo = ChronoUnit.DAYS.between(last, this.today);
		int recency = (daysAgo <= 90) ? RECENT_CONTACT : (daysAgo <= 365) ? CONTACT_THIS_YEAR : 0;
		int frequency = (int) Math.min(MAX_FREQUENCY, PER_INTERACTION * count);
		return new Reason("recommendation.reason.contact", recency + frequency, count, Math.max(0, daysAgo));
	}

	private static int fromAverage(double average) {
		return (int) Math.round((average - 3) * 5);
	}

	private static String oneDecimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}

	/**
	 * What is known of one partner for the ranking.
	 *
	 * @param offersAspect it lists an offering under the need's aspect
	 * @param analysisAverage mean analysis score over its analyses, or null
	 * @param evaluationAverage mean joint-evaluation rating, or null (none recorded, or
	 * no evaluation module yet)
	 * @param lastInteraction the date of the latest interaction, or null
	 * @param activePartnerships active partnerships it is a party in
	 */
	public record Candidate(UUID partnerId, String name, String categoryCode, String regionCode, boolean offersAspect,
			Double analysisAverage, Double evaluationAverage, long interactionCount, LocalDate lastInteraction,
			long activePartnerships) {

	}

	/** A reason: its message key with arguments, and the points it adds (or takes). */
	public record Reason(String messageKey, int points, List<Object> arguments) {

		public Reason(String messageKey, int points, Object... arguments) {
			this(messageKey, points, List.of(arguments));
		}

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

	public record Ranked(Candidate candidate, int score, List<Reason> reasons) {

	}

}
