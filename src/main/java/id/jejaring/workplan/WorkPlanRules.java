package id.jejaring.workplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.validation.Errors;

/**
 * The plan's rules, without the database: an activity ends on or after the day it starts,
 * amounts are whole rupiah and not negative, an own indicator has a name and unit, and
 * the totals each party contributes.
 */
public final class WorkPlanRules {

	/** The longest amount accepted: a trillion rupiah is beyond any LKP partnership. */
	public static final long MAX_RUPIAH = 1_000_000_000_000L;

	private WorkPlanRules() {
	}

	/** Checks an activity, naming the form's fields in {@code errors}. */
	public static void check(ActivityDetails details, Errors errors) {
		if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
			errors.rejectValue("endsOn", "validation.workplan.endsBeforeStart");
		}
		if (details.budget() < 0 || details.budget() > MAX_RUPIAH) {
			errors.rejectValue("budget", "validation.workplan.rupiah");
		}
	}

	/** Checks an indicator, naming the form's fields in {@code errors}. */
	public static void check(IndicatorDetails details, Errors errors) {
		if (details.measure() == null) {
			if (details.name() == null || details.name().isBlank()) {
				errors.rejectValue("name", "validation.workplan.indicatorName");
			}
			if (details.unit() == null || details.unit().isBlank()) {
				errors.rejectValue("unit", "validation.workplan.indicatorUnit");
			}
		}
		if (details.baseline() < 0 || details.baseline() > MAX_RUPIAH) {
			errors.rejectValue("baseline", "validation.workplan.number");
		}
		if (details.target() < 0 || details.target() > MAX_RUPIAH) {
			errors.rejectValue("target", "validation.workplan.number");
		}
	}

	/** Checks a contribution, naming the form's fields in {@code errors}. */
	public static void check(ContributionDetails details, Errors errors) {
		if (details.value() <= 0 || details.value() > MAX_RUPIAH) {
			errors.rejectValue("value", "validation.workplan.contributionValue");
		}
	}

	/**
	 * What each party contributes in all, the institution first, then the partners in the
	 * order they first appear.
	 */
	public static List<PartyTotal> totalsPerParty(Collection<ActivityContribution> contributions) {
		Map<Optional<UUID>, long[]> totals = new LinkedHashMap<>();
		totals.put(Optional.empty(), new long[2]);
		for (ActivityContribution c : contributions) {
			long[] sums = totals.computeIfAbsent(Optional.ofNullable(c.getPartnerId()), (k) -> new long[2]);
			sums[c.getKind().isCash() ? 0 : 1] += c.getValue();
		}
		List<PartyTotal> result = new ArrayList<>();
		totals.forEach((party, sums) -> {
			if (party.isPresent() || sums[0] + sums[1] > 0) {
				result.add(new PartyTotal(party.orElse(null), sums[0], sums[1]));
			}
		});
		return result;
	}

	/**
	 * What one party contributes in all.
	 *
	 * @param partnerId the partner, or {@code null} for the institution
	 * @param cash the cash in rupiah
	 * @param inKind the value of the contributions in kind in rupiah
	 */
	public record PartyTotal(UUID partnerId, long cash, long inKind) {

		public long total() {
			return this.cash + this.inKind;
		}

	}

}
