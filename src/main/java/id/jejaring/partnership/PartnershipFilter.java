package id.jejaring.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The partnership list's filters: status, stage, owner and words in the title. Empty
 * values do not filter.
 */
public record PartnershipFilter(PartnershipStatus status, Stage stage, UUID ownerId, String words) {

	public static final PartnershipFilter NONE = new PartnershipFilter(null, null, null, null);

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
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
