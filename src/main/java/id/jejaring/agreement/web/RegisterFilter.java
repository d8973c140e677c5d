package id.jejaring.agreement.web;

import java.util.Optional;
import java.util.UUID;

import id.jejaring.agreement.AgreementFilter;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.AgreementStatus;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register's filters, sort and page as typed in the query. Values that do not parse
 * (an unknown kind, a partner that is not a UUID, days that are not a number) are ignored
 * rather than answered with an error page.
 */
record RegisterFilter(String kind, String status, String partner, String within, String q, String sort, Integer page) {

	static final int MAX_PAGE = 10_000;

	static final int MAX_DAYS = 3650;

	AgreementFilter agreementFilter() {
		return new AgreementFilter(kindValue(), statusValue(), partnerValue(), null, withinValue(),
				(this.q != null && !this.q.isBlank()) ? this.q.strip() : null);
	}

	public AgreementKind kindValue() {
		return parse(AgreementKind.class, this.kind);
	}

	public AgreementStatus statusValue() {
		return parse(AgreementStatus.class, this.status);
	}

	public UUID partnerValue() {
		try {
			return (this.partner != null && !this.partner.isBlank()) ? UUID.fromString(this.partner.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public Integer withinValue() {
		if (this.within == null || !this.within.strip().matches("[0-9]{1,4}")) {
			return null;
		}
		return Math.min(Integer.parseInt(this.within.strip()), MAX_DAYS);
	}

	boolean isFiltered() {
		return kindValue() != null || statusValue() != null || partnerValue() != null || withinValue() != null
				|| (this.q != null && !this.q.isBlank());
	}

	int pageNumber() {
		return (this.page != null && this.page > 0) ? Math.min(this.page, MAX_PAGE) : 0;
	}

	String sortValue() {
		return switch ((this.sort != null) ? this.sort : "") {
			case "until", "number", "title" -> this.sort;
			default -> "created";
		};
	}

	Sort sortOrder() {
		return order(this.sort);
	}

	/**
	 * Ending first (the end date ascending), by letter number (newest year first), by
	 * title, or newest first (the default). Both databases sort nulls high (H2 runs with
	 * DEFAULT_NULL_ORDERING=HIGH), so open-ended agreements come last when ending first.
	 */
	static Sort order(String sort) {
		if ("until".equals(sort)) {
			return Sort.by(Sort.Order.asc("effectiveUntil"), Sort.Order.asc("id"));
		}
		if ("number".equals(sort)) {
			return Sort.by(Sort.Order.desc("numberYear"), Sort.Order.asc("kind"), Sort.Order.desc("numberSeq"),
					Sort.Order.asc("id"));
		}
		if ("title".equals(sort)) {
			return Sort.by("title", "id");
		}
		return Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
	}

	String url(String path, Integer pageNumber) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("kind", Optional.ofNullable(kindValue()))
			.queryParamIfPresent("status", Optional.ofNullable(statusValue()))
			.queryParamIfPresent("partner", Optional.ofNullable(partnerValue()))
			.queryParamIfPresent("within", Optional.ofNullable(withinValue()))
			.queryParamIfPresent("q", Optional.ofNullable(this.q).filter((t) -> !t.isBlank()))
			.queryParamIfPresent("sort", Optional.ofNullable(this.sort).filter((t) -> !t.isBlank()))
			.queryParamIfPresent("page", Optional.ofNullable(pageNumber))
			.encode()
			.build()
			.toUriString();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		try {
			return (name != null && !name.isBlank()) ? Enum.valueOf(type, name.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
