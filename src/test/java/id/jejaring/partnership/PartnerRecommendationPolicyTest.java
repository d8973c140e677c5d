package id.jejaring.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerRecommendationPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	// The institution sits in Kabupaten Bandung (32.04), Jawa Barat (32).
	final PartnerRecommendationPolicy policy = new PartnerRecommendationPolicy(List.of("BUSINESS"), "32.04.37", TODAY);

	static PartnerRecommendationPolicy.Candidate candidate(String name, String category, String region,
			boolean offers) {
		return new PartnerRecommendationPolicy.Candidate(UUID.randomUUID(), name, category, region, offers, null, null,
				0, null, 0);
	}

	static List<String> keys(PartnerRecommendationPolicy.Ranked ranked) {
		return ranked.reasons().stream().map(PartnerRecommendationPolicy.Reason::messageKey).toList();
	}

	@Test
	void offeringTheAspectNearbyRanksAboveTheSameOfferElsewhere() {
		var near = candidate("PT Dekat", "BUSINESS.LARGE", "32.04.37.2001", true);
		var province = candidate("PT Provinsi", "BUSINESS.LARGE", "32.73", true);
		var far = candidate("PT Jauh", "BUSINESS.LARGE", "33.74", true);
		List<PartnerRecommendationPolicy.Ranked> ranked = this.policy.rank(List.of(far, province, near), 20);
		assertThat(ranked).extracting((r) -> r.candidate().name())
			.containsExactly("PT Dekat", "PT Provinsi", "PT Jauh");
		assertThat(keys(ranked.get(0))).containsExactly("recommendation.reason.offersAspect",
				"recommendation.reason.categoryFits", "recommendation.reason.sameRegency",
				"recommendation.reason.noContact");
		assertThat(ranked.get(0).score()).isEqualTo(40 + 30 + 20);
		assertThat(keys(ranked.get(1))).contains("recommendation.reason.sameProvince");
		assertThat(ranked.get(1).score()).isEqualTo(40 + 30 + 10);
		assertThat(keys(ranked.get(2))).contains("recommendation.reason.elsewhere");
		assertThat(ranked.get(2).score()).isEqualTo(40 + 30);
	}

	@Test
	void theAspectWeighsMoreThanTheCategoryAndACategoryGroupIncludesItsMembers() {
		var offers = candidate("Offers", "GOVERNMENT", null, true);
		var fits = candidate("Fits", "BUSINESS.SMALL", null, false);
		var ranked = this.policy.rank(List.of(fits, offers), 20);
		assertThat(ranked).extracting((r) -> r.candidate().name()).containsExactly("Offers", "Fits");
		assertThat(keys(ranked.get(1))).contains("recommendation.reason.categoryFits")
			.doesNotContain("recommendation.reason.offersAspect");
		assertThat(keys(ranked.get(1))).contains("recommendation.reason.regionUnknown");
	}

	@Test
	void analysisScoresAndContactsAddPointsWithTheirFigures() {
		var known = new PartnerRecommendationPolicy.Candidate(UUID.randomUUID(), "Dikenal", "BUSINESS", "32.04", true,
				4.5, null, 3, TODAY.minusDays(10), 0);
		var ranked = this.policy.score(known);
		assertThat(ranked.reasons()).anySatisfy((r) -> {
			assertThat(r.messageKey()).isEqualTo("recommendation.reason.analysis");
			assertThat(r.points()).isEqualTo(8);
			assertThat(r.arguments()).containsExactly("4,5");
		});
		assertThat(ranked.reasons()).anySatisfy((r) -> {
			assertThat(r.messageKey()).isEqualTo("recommendation.reason.contact");
			assertThat(r.points()).isEqualTo(10 + 6);
			assertThat(r.arguments()).containsExactly(3L, 10L);
		});
		assertThat(ranked.score()).isEqualTo(40 + 30 + 20 + 8 + 16);
		var weak = new PartnerRecommendationPolicy.Candidate(UUID.randomUUID(), "Lemah", "BUSINESS", "32.04", true, 1.0,
				null, 1, TODAY.minusDays(400), 0);
		assertThat(this.policy.score(weak).score()).isEqualTo(40 + 30 + 20 - 10 + 2);
	}

	@Test
	void partnersCarryingManyActivePartnershipsAreHeldBack() {
		var free = candidate("Bebas", "BUSINESS", "32.04", true);
		var busy = new PartnerRecommendationPolicy.Candidate(UUID.randomUUID(), "Sibuk", "BUSINESS", "32.04", true,
				null, null, 0, null, 6);
		var ranked = this.policy.rank(List.of(busy, free), 20);
		assertThat(ranked).extracting((r) -> r.candidate().name()).containsExactly("Bebas", "Sibuk");
		assertThat(ranked.get(1).reasons()).anySatisfy((r) -> {
			assertThat(r.messageKey()).isEqualTo("recommendation.reason.load");
			assertThat(r.points()).isEqualTo(-20);
		});
	}

	@Test
	void evaluationIsLeftOutUntilOneIsGivenAndTheListIsCut() {
		var unevaluated = candidate("A", "BUSINESS", "32.04", true);
		assertThat(keys(this.policy.score(unevaluated))).doesNotContain("recommendation.reason.evaluation");
		var evaluated = new PartnerRecommendationPolicy.Candidate(UUID.randomUUID(), "B", "BUSINESS", "32.04", true,
				null, 5.0, 0, null, 0);
		assertThat(this.policy.score(evaluated).score()).isEqualTo(this.policy.score(unevaluated).score() + 10);
		assertThat(this.policy.rank(List.of(unevaluated, evaluated), 1)).singleElement()
			.satisfies((r) -> assertThat(r.candidate().name()).isEqualTo("B"));
	}

	@Test
	void withoutAnInstitutionRegionNobodyGetsRegionPoints() {
		var policy = new PartnerRecommendationPolicy(List.of(), null, TODAY);
		var ranked = policy.score(candidate("X", "BUSINESS", "32.04", true));
		assertThat(keys(ranked)).contains("recommendation.reason.regionUnknown")
			.doesNotContain("recommendation.reason.categoryFits");
		assertThat(ranked.score()).isEqualTo(40);
	}

}
