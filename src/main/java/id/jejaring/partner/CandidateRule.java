package id.jejaring.partner;

import java.util.Collection;

import id.jejaring.institution.Region;
import id.jejaring.needs.RegionScope;

/**
 * When a partner counts as a candidate for a need (until the lifecycle links partners to
 * needs): it is in one of the need's criteria categories (a group includes its
 * sub-categories) and lies within the need's region scope seen from the institution's
 * region: the same regency/city, the same province, or anywhere. Former and archived
 * partners are left out before the rule is asked. A partner without a region only fits
 * "anywhere"; an institution without a region cannot narrow the scope, so every partner
 * fits.
 */
public final class CandidateRule {

	private final String institutionRegion;

	public CandidateRule(String institutionRegionCode) {
		this.institutionRegion = (institutionRegionCode != null && !institutionRegionCode.isBlank())
				? institutionRegionCode : null;
	}

	public boolean isCandidate(RegionScope scope, Collection<String> criteria, String partnerCategory,
			String partnerRegion) {
		return inCategory(criteria, partnerCategory) && inScope(scope, partnerRegion);
	}

	/** The partner's category is one of the criteria or below one of them. */
	public static boolean inCategory(Collection<String> criteria, String partnerCategory) {
		if (partnerCategory == null) {
			return false;
		}
		for (String code : criteria) {
			if (partnerCategory.equals(code) || partnerCategory.startsWith(code + ".")) {
				return true;
			}
		}
		return false;
	}

	/** The partner's region lies within the scope around the institution. */
	public boolean inScope(RegionScope scope, String partnerRegion) {
		if (scope == null || scope == RegionScope.ANYWHERE || this.institutionRegion == null) {
			return true;
		}
		if (partnerRegion == null || partnerRegion.isBlank()) {
			return false;
		}
		String area = (scope == RegionScope.SAME_REGENCY) ? Region.regencyOf(this.institutionRegion) : null;
		if (area == null) {
			area = Region.provinceOf(this.institutionRegion);
		}
		return partnerRegion.equals(area) || partnerRegion.startsWith(area + ".");
	}

}
