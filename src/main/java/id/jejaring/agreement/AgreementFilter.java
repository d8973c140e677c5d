package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which agreements the register, its export and its calendar feed show: kind, status, a
 * partner among the parties, a partnership, signed agreements ending within a number of
 * days, and words in the title or number. The status is computed, so its filter restates
 * {@link AgreementStatusPolicy} as predicates on the same dates and events for the given
 * day; paging and counting stay in the database.
 */
public record AgreementFilter(AgreementKind kind, AgreementStatus status, UUID partnerId, UUID partnershipId,
		Integer endingWithinDays, String words) {

	public static final AgreementFilter NONE = new AgreementFilter(null, null, null, null, null, null);

	Specification<Agreement> specification(LocalDate today, int endingSoonDays) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.kind != null) {
				predicates.add(cb.equal(root.get("kind"), this.kind));
			}
			if (this.status != null) {
				predicates.add(statusIs(root, cb, this.status, today, endingSoonDays));
			}
			if (this.partnershipId != null) {
				predicates.add(cb.equal(root.get("partnershipId"), this.partnershipId));
			}
			if (this.partnerId != null) {
				Subquery<Integer> party = query.subquery(Integer.class);
				Root<AgreementParty> row = party.from(AgreementParty.class);
				party.select(cb.literal(1))
					.where(cb.equal(row.get("agreement"), root), cb.equal(row.get("partnerId"), this.partnerId));
				predicates.add(cb.exists(party));
			}
			if (this.endingWithinDays != null) {
				Path<LocalDate> until = root.get("effectiveUntil");
				predicates.add(cb.and(live(root, cb), cb.isNotNull(root.get("signedAt")),
						cb.between(until, today, today.plusDays(this.endingWithinDays))));
			}
			if (this.words != null && !this.words.isBlank()) {
				String term = "%" + this.words.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("title")), term, '\\'),
						cb.like(cb.lower(root.get("letterNumber")), term, '\\'),
						cb.like(cb.lower(root.get("partnerNumber")), term, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Predicate live(Root<Agreement> root, CriteriaBuilder cb) {
		return cb.and(cb.isNull(root.get("terminatedOn")), cb.isNull(root.get("supersededById")));
	}

	static Predicate statusIs(Root<Agreement> root, CriteriaBuilder cb, AgreementStatus status, LocalDate today,
			int endingSoonDays) {
		Path<LocalDate> from = root.get("effectiveFrom");
		Path<LocalDate> until = root.get("effectiveUntil");
		Predicate signed = cb.and(live(root, cb), cb.isNotNull(root.get("signedAt")));
		Predicate started = cb.or(cb.isNull(from), cb.lessThanOrEqualTo(from, today));
		LocalDate soon = today.plusDays(endingSoonDays);
		return switch (status) {
			case TERMINATED -> cb.isNotNull(root.get("terminatedOn"));
			case SUPERSEDED -> cb.and(cb.isNull(root.get("terminatedOn")), cb.isNotNull(root.get("supersededById")));
			case DRAFT -> cb.and(live(root, cb), cb.isNull(root.get("signedAt")), cb.isNull(root.get("readyAt")));
			case READY_TO_SIGN ->
				cb.and(live(root, cb), cb.isNull(root.get("signedAt")), cb.isNotNull(root.get("readyAt")));
			case SIGNED -> cb.and(signed, cb.greaterThan(from, today));
			case EXPIRED -> cb.and(signed, started, cb.lessThan(until, today));
			case ENDING_SOON ->
				cb.and(signed, started, cb.greaterThanOrEqualTo(until, today), cb.lessThanOrEqualTo(until, soon));
			case IN_FORCE -> cb.and(signed, started, cb.or(cb.isNull(until), cb.greaterThan(until, soon)));
		};
	}

}
