package id.jejaring.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partner.internal.PartnerSearchFunction;
import id.jejaring.shared.Texts;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which partners the list, the API and later the export show; every part optional.
 *
 * @param q words found in the name, sector, e-mail, phone numbers, or a contact's name,
 * phone or e-mail
 * @param category a category code; a group includes its sub-categories
 * @param region a region code at any level; includes the regions below it
 * @param archived true for the archived partners instead of the others
 */
public record PartnerFilter(String q, String category, String region, PartnerStatus status, NeedAspect aspect,
		String tag, boolean archived) {

	public static final PartnerFilter ALL = new PartnerFilter(null, null, null, null, null, null, false);

	/**
	 * @param indexedSearch true to find the search words through the database's search
	 * function ({@link PartnerSearchFunction}, PostgreSQL), false for plain predicates
	 */
	Specification<Partner> specification(boolean indexedSearch) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("archived"), this.archived));
			String categoryCode = Texts.clean(this.category);
			if (categoryCode != null) {
				predicates.add(cb.or(cb.equal(root.get("categoryCode"), categoryCode),
						cb.like(root.get("categoryCode"), categoryCode + ".%")));
			}
			String regionCode = Texts.clean(this.region);
			if (regionCode != null) {
				predicates.add(cb.or(cb.equal(root.get("regionCode"), regionCode),
						cb.like(root.get("regionCode"), regionCode + ".%")));
			}
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.aspect != null) {
				Subquery<Integer> offered = query.subquery(Integer.class);
				Root<PartnerOffering> offering = offered.from(PartnerOffering.class);
				offered.select(cb.literal(1))
					.where(cb.equal(offering.get("partner"), root), cb.equal(offering.get("aspect"), this.aspect));
				predicates.add(cb.exists(offered));
			}
			String tagName = tag();
			if (tagName != null) {
				Subquery<Integer> tagged = query.subquery(Integer.class);
				Root<PartnerTag> tagRow = tagged.from(PartnerTag.class);
				tagged.select(cb.literal(1))
					.where(cb.equal(tagRow.get("partner"), root), cb.equal(tagRow.get("tag"), tagName));
				predicates.add(cb.exists(tagged));
			}
			String words = Texts.clean(this.q);
			if (words != null) {
				// a trigram index cannot serve fewer than three characters: scan as
				// before
				predicates.add((indexedSearch && words.length() >= 3) ? indexedSearch(words, root, cb)
						: search(words, root, query.subquery(Integer.class), cb));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The tag as stored: lower case, or null when blank. */
	public String tag() {
		String cleaned = Texts.clean(this.tag);
		return (cleaned != null) ? cleaned.toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * The normalised name contains the words (served by the trigram index on PostgreSQL),
	 * or the sector, e-mail or a phone number does, or a contact matches.
	 */
	private static Predicate search(String words, Root<Partner> root, Subquery<Integer> contacts, CriteriaBuilder cb) {
		String lower = "%" + escape(words.toLowerCase(Locale.ROOT)) + "%";
		List<Predicate> any = new ArrayList<>();
		String name = PartnerNames.normalise(words);
		if (!name.isEmpty()) {
			any.add(cb.like(root.get("nameNormalised"), "%" + escape(name) + "%", '\\'));
		}
		any.add(cb.like(cb.lower(root.get("name")), lower, '\\'));
		any.add(cb.like(cb.lower(root.get("sector")), lower, '\\'));
		any.add(cb.like(root.get("email"), lower, '\\'));
		Root<PartnerContact> contact = contacts.from(PartnerContact.class);
		List<Predicate> contactMatches = new ArrayList<>();
		contactMatches.add(cb.like(cb.lower(contact.get("name")), lower, '\\'));
		contactMatches.add(cb.like(contact.get("email"), lower, '\\'));
		String digits = phoneDigits(words);
		if (digits != null) {
			String number = "%" + digits + "%";
			any.add(cb.like(root.get("phone"), number));
			any.add(cb.like(root.get("whatsapp"), number));
			contactMatches.add(cb.like(contact.get("phone"), number));
			contactMatches.add(cb.like(contact.get("whatsapp"), number));
		}
		contacts.select(cb.literal(1))
			.where(cb.equal(contact.get("partnerId"), root.get("id")), cb.or(contactMatches.toArray(Predicate[]::new)));
		any.add(cb.exists(contacts));
		return cb.or(any.toArray(Predicate[]::new));
	}

	/**
	 * The same search as {@link #search} through the PostgreSQL function and its trigram
	 * indexes: one {@code id in (…)} instead of an OR over columns and a contact
	 * subquery.
	 */
	private static Predicate indexedSearch(String words, Root<Partner> root, CriteriaBuilder cb) {
		// value(), not literal(): the patterns are bound as parameters, never written
		// into the SQL
		HibernateCriteriaBuilder hcb = (HibernateCriteriaBuilder) cb;
		String name = PartnerNames.normalise(words);
		String digits = phoneDigits(words);
		return cb.isTrue(cb.function(PartnerSearchFunction.NAME, Boolean.class, root.get("id"),
				hcb.value("%" + escape(words.toLowerCase(Locale.ROOT)) + "%"),
				name.isEmpty() ? cb.nullLiteral(String.class) : hcb.value("%" + escape(name) + "%"),
				(digits != null) ? hcb.value("%" + digits + "%") : cb.nullLiteral(String.class)));
	}

	/**
	 * The digits to look for in stored (+62…) numbers when the words look like (part of)
	 * a phone number: 0812-3456 → 8123456; otherwise null.
	 */
	static String phoneDigits(String words) {
		if (!words.matches("[0-9+\\s\\-.()]+")) {
			return null;
		}
		String digits = words.replaceAll("[^0-9]", "");
		if (digits.startsWith("62")) {
			digits = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			digits = digits.substring(1);
		}
		return (digits.length() >= 4) ? digits : null;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
