package id.jejaring.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.PartnerCategory;
import id.jejaring.institution.Region;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.Needs;
import id.jejaring.needs.RegionScope;
import id.jejaring.shared.Access;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first question of mapping: for the institution's region, which partner categories
 * have no partner yet (not former, not archived), and which open needs have no candidate
 * partner ({@link CandidateRule}). One grouped count of partners and one query of the
 * open needs with their criteria, whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class PartnerGaps {

	private final PartnerRepository partners;

	private final PartnerCategories categories;

	private final InstitutionManagement institutions;

	private final Needs needs;

	PartnerGaps(PartnerRepository partners, PartnerCategories categories, InstitutionManagement institutions,
			Needs needs) {
		this.partners = partners;
		this.categories = categories;
		this.institutions = institutions;
		this.needs = needs;
	}

	@PreAuthorize(Access.READ)
	public View view() {
		String region = this.institutions.current().getRegionCode();
		CandidateRule rule = new CandidateRule(region);
		List<PartnerRepository.CategoryRegionCount> counts = this.partners
			.countCurrentByCategoryAndRegion(PartnerStatus.FORMER);
		String language = LocaleContextHolder.getLocale().getLanguage();
		List<Group> groups = new ArrayList<>();
		Group current = null;
		List<CategoryCount> members = null;
		for (PartnerCategory category : this.categories.all()) {
			CategoryCount count = count(category, category.label(language), counts, rule);
			if (category.isGroup()) {
				if (current != null) {
					groups.add(new Group(current.category(), List.copyOf(members)));
				}
				current = new Group(count, List.of());
				members = new ArrayList<>();
			}
			else if (members != null) {
				members.add(count);
			}
		}
		if (current != null) {
			groups.add(new Group(current.category(), List.copyOf(members)));
		}
		List<NeedGap> needGaps = new ArrayList<>();
		for (Need need : this.needs.openWithCriteria()) {
			List<String> criteria = need.categoryCodes();
			boolean candidate = counts.stream()
				.anyMatch((c) -> rule.isCandidate(need.getRegionScope(), criteria, c.getCategoryCode(),
						c.getRegionCode()));
			if (!candidate) {
				needGaps.add(new NeedGap(need.getId(), need.getTitle(), need.getAspect(), need.getRegionScope(),
						criteria.stream().map((code) -> new Criterion(code, this.categories.label(code))).toList()));
			}
		}
		return new View(region, groups, needGaps);
	}

	private static CategoryCount count(PartnerCategory category, String label,
			List<PartnerRepository.CategoryRegionCount> counts, CandidateRule rule) {
		List<String> code = List.of(category.getCode());
		long regency = 0;
		long province = 0;
		long total = 0;
		for (PartnerRepository.CategoryRegionCount row : counts) {
			if (!CandidateRule.inCategory(code, row.getCategoryCode())) {
				continue;
			}
			total += row.getCount();
			if (rule.inScope(RegionScope.SAME_PROVINCE, row.getRegionCode())) {
				province += row.getCount();
			}
			if (rule.inScope(RegionScope.SAME_REGENCY, row.getRegionCode())) {
				regency += row.getCount();
			}
		}
		return new CategoryCount(category.getCode(), label, category.isGroup(), regency, province, total,
				province == 0);
	}

	/**
	 * @param regionCode the institution's region, or null when its profile has none
	 * @param groups every top-level category with its sub-categories and their counts
	 * @param needs the open needs without a candidate partner, in the manager's order
	 */
	public record View(String regionCode, List<Group> groups, List<NeedGap> needs) {

		public String provinceCode() {
			return (this.regionCode != null) ? Region.provinceOf(this.regionCode) : null;
		}

		public String regencyCode() {
			return (this.regionCode != null) ? Region.regencyOf(this.regionCode) : null;
		}

		/** Categories (groups and sub-categories) with no partner in the province. */
		public long missingCount() {
			return this.groups.stream()
				.mapToLong((g) -> (g.category().missing() ? 1 : 0)
						+ g.members().stream().filter(CategoryCount::missing).count())
				.sum();
		}

		public List<String> missingCodes() {
			List<String> codes = new ArrayList<>();
			for (Group group : this.groups) {
				if (group.category().missing()) {
					codes.add(group.category().code());
				}
				group.members().stream().filter(CategoryCount::missing).forEach((c) -> codes.add(c.code()));
			}
			return codes;
		}

	}

	public record Group(CategoryCount category, List<CategoryCount> members) {

	}

	/**
	 * Partners (not former, not archived) in a category or below it: in the institution's
	 * regency/city, its province, and anywhere; missing when none is in the province (or
	 * anywhere, for an institution without a region).
	 */
	public record CategoryCount(String code, String label, boolean group, long inRegency, long inProvince, long total,
			boolean missing) {

	}

	public record NeedGap(UUID id, String title, NeedAspect aspect, RegionScope regionScope, List<Criterion> criteria) {

	}

	public record Criterion(String code, String label) {

	}

}
