package id.jejaring.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.partner.PartnerStatus;
import id.jejaring.shared.Access;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to approach for a need: partners (current and candidate, not archived nor merged)
 * that offer the need's aspect or sit in one of its criteria categories, ranked by
 * {@link PartnerRecommendationPolicy}. The prefilter runs in the database; the scores
 * come from one grouped query each (analyses, interactions, active partnerships), never
 * one per partner. Measured ({@code RecommendationBenchmarkTest}, PostgreSQL 15 on a
 * shared two-core machine): 100,000 partners of which 40,000 pass the prefilter, 20,000
 * interactions: median about 0.8 s (the candidate query about 0.4 s of it); a need with
 * narrower criteria considers fewer partners and answers faster.
 */
@Service
@Transactional(readOnly = true)
public class PartnerRecommendations {

	public static final int SHOWN = 20;

	private final EntityManager entityManager;

	private final Needs needs;

	private final InstitutionManagement institutions;

	private final ObjectProvider<PartnerEvaluationScores> evaluations;

	private final Clock clock;

	PartnerRecommendations(EntityManager entityManager, Needs needs, InstitutionManagement institutions,
			ObjectProvider<PartnerEvaluationScores> evaluations, Clock clock) {
		this.entityManager = entityManager;
		this.needs = needs;
		this.institutions = institutions;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/** The need and its best {@link #SHOWN} partners with their points and reasons. */
	@PreAuthorize(Access.READ)
	public Recommendation forNeed(UUID needId) {
		Need need = this.needs.get(needId);
		List<String> criteria = need.categoryCodes();
		List<Object[]> rows = candidates(need, criteria);
		if (rows.isEmpty()) {
			return new Recommendation(need, List.of(), 0);
		}
		Map<UUID, Double> analyses = analysisAverages();
		Map<UUID, Object[]> contacts = contacts();
		Map<UUID, Long> loads = activePartnerships();
		PartnerEvaluationScores evaluation = this.evaluations.getIfAvailable();
		Map<UUID, Double> evaluated = (evaluation != null) ? evaluation.averageByPartner() : Map.of();
		List<PartnerRecommendationPolicy.Candidate> candidates = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			UUID id = (UUID) row[0];
			Object[] contact = contacts.get(id);
			candidates
				.add(new PartnerRecommendationPolicy.Candidate(id, (String) row[1], (String) row[2], (String) row[3],
						row[4] != null, analyses.get(id), evaluated.get(id), (contact != null) ? (Long) contact[0] : 0,
						(contact != null) ? (LocalDate) contact[1] : null, loads.getOrDefault(id, 0L)));
		}
		PartnerRecommendationPolicy policy = new PartnerRecommendationPolicy(criteria,
				this.institutions.current().getRegionCode(), LocalDate.now(this.clock.withZone(Partnerships.WIB)));
		return new Recommendation(need, policy.rank(candidates, SHOWN), candidates.size());
	}

	/**
	 * Current and candidate partners (not archived, not merged) offering the aspect or in
	 * a criteria category: id, name, category, region, and whether they offer the aspect.
	 */
	private List<Object[]> candidates(Need need, List<String> criteria) {
		// One row per partner: a partner has at most one offering per aspect.
		StringBuilder jpql = new StringBuilder("select p.id, p.name, p.categoryCode, p.regionCode, o.id "
				+ "from Partner p left join PartnerOffering o on o.partner = p and o.aspect = :aspect "
				+ "where p.archived = false and p.mergedIntoId is null and p.status in :statuses and (o.id is not null");
		for (int i = 0; i < criteria.size(); i++) {
			jpql.append(" or p.categoryCode = :c").append(i).append(" or p.categoryCode like :l").append(i);
		}
		jpql.append(')');
		var query = this.entityManager.createQuery(jpql.toString(), Object[].class)
			.setParameter("aspect", need.getAspect())
			.setParameter("statuses", List.of(PartnerStatus.ACTIVE, PartnerStatus.CANDIDATE));
		for (int i = 0; i < criteria.size(); i++) {
			query.setParameter("c" + i, criteria.get(i)).setParameter("l" + i, criteria.get(i) + ".%");
		}
		return query.getResultList();
	}

	/** Each partner's mean analysis score over its analyses in any partnership. */
	private Map<UUID, Double> analysisAverages() {
		Map<UUID, double[]> sums = new HashMap<>();
		for (Analysis analysis : this.entityManager.createQuery("select a from Analysis a", Analysis.class)
			.getResultList()) {
			Double average = analysis.averageScore();
			if (average != null) {
				double[] sum = sums.computeIfAbsent(analysis.getPartnerId(), (k) -> new double[2]);
				sum[0] += average;
				sum[1]++;
			}
		}
		Map<UUID, Double> averages = new HashMap<>();
		sums.forEach((id, sum) -> averages.put(id, sum[0] / sum[1]));
		return averages;
	}

	/** Per partner: how many interactions, and the latest date. */
	private Map<UUID, Object[]> contacts() {
		Map<UUID, Object[]> contacts = new HashMap<>();
		for (Object[] row : this.entityManager
			.createQuery("select i.partnerId, count(i), max(i.occurredOn) from Interaction i group by i.partnerId",
					Object[].class)
			.getResultList()) {
			contacts.put((UUID) row[0], new Object[] { row[1], row[2] });
		}
		return contacts;
	}

	/** Per partner: the active partnerships it is a party in. */
	private Map<UUID, Long> activePartnerships() {
		Map<UUID, Long> loads = new HashMap<>();
		for (Object[] row : this.entityManager
			.createQuery("select pp.partnerId, count(pp) from PartnershipParty pp "
					+ "where pp.partnership.status = :active group by pp.partnerId", Object[].class)
			.setParameter("active", PartnershipStatus.ACTIVE)
			.getResultList()) {
			loads.put((UUID) row[0], (Long) row[1]);
		}
		return loads;
	}

	/**
	 * @param considered how many partners passed the prefilter
	 */
	public record Recommendation(Need need, List<PartnerRecommendationPolicy.Ranked> ranked, int considered) {

	}

}
