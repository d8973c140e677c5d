package id.jejaring.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.Partner;
import id.jejaring.shared.Texts;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which partnerships the list, the board, the table and the export show: status, stage,
 * owner, words in the title, an aspect covered, the pattern, and a category of one of the
 * partners (a group includes its sub-categories). Empty values do not filter; every part
 * is a database predicate (aspect and partner category as subqueries), so paging and
 * counting stay in the database.
 */
public record PartnershipFilter(PartnershipStatus status, Stage stage, UUID ownerId, String words, NeedAspect aspect,
		PartnershipPattern pattern, String partnerCategory) {

	public static final PartnershipFilter NONE = new PartnershipFilter(null, null, null, null);

	/** The list's filters (status, stage, owner, words) without the pipeline's. */
	public PartnershipFilter(PartnershipStatus status, Stage stage, UUID ownerId, String words) {
		this(status, stage, ownerId, words, null, null, null);
	}

	Specification<Partnership> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.stage != null) {
				predicates.add(cb.equal(root.get("stage"), this.stage));
			}
			if (this.ownerId != null) {
				predicates.add(cb.equal(root.get("ownerId"), this.ownerId));
			}
			if (this.words != null && !this.words.isBlank()) {
				String term = "%" + this.words.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.like(cb.lower(root.get("title")), term, '\\'));
			}
			if (this.pattern != null) {
				predicates.add(cb.equal(root.get("pattern"), this.pattern));
			}
			if (this.aspect != null) {
				Subquery<Integer> covered = query.subquery(Integer.class);
				Root<PartnershipAspect> row = covered.from(PartnershipAspect.class);
				covered.select(cb.literal(1))
					.where(cb.equal(row.get("partnership"), root), cb.equal(row.get("aspect"), this.aspect));
				predicates.add(cb.exists(covered));
			}
			String category = Texts.clean(this.partnerCategory);
			if (category != null) {
				Subquery<Integer> inCategory = query.subquery(Integer.class);
				Root<PartnershipParty> party = inCategory.from(PartnershipParty.class);
				Root<Partner> partner = inCategory.from(Partner.class);
				inCategory.select(cb.literal(1))
					.where(cb.equal(party.get("partnership"), root),
							cb.equal(partner.get("id"), party.get("partnerId")),
							cb.or(cb.equal(partner.get("categoryCode"), category),
									cb.like(partner.get("categoryCode"), category + ".%")));
				predicates.add(cb.exists(inCategory));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
