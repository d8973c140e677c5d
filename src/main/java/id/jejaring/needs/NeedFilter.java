package id.jejaring.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which needs a board, list or export shows; every part optional.
 */
public record NeedFilter(NeedAspect aspect, UUID programId, NeedStatus status) {

	public static final NeedFilter ALL = new NeedFilter(null, null, null);

	Specification<Need> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.aspect != null) {
				predicates.add(cb.equal(root.get("aspect"), this.aspect));
			}
			if (this.programId != null) {
				predicates.add(cb.equal(root.get("programId"), this.programId));
			}
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
