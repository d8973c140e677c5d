package id.jejaring.partnership.web;

import java.util.Locale;
import java.util.UUID;

import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipPattern;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Stage;
import id.jejaring.shared.Texts;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's and table's filters as request parameters. Only active partnerships unless
 * another status (or {@code ALL}) is chosen. Unknown values are ignored rather than
 * refused, so an edited address still shows a board.
 *
 * @param q words in the title
 * @param category a partner category code (a group includes its sub-categories)
 * @param status a status, {@code ALL}, or empty for active ones
 * @param sort the table's column: title, stage, status, owner, days, year
 * @param dir asc or desc
 */
record PipelineFilter(String q, String aspect, String pattern, String category, UUID owner, String status, String stage,
		String sort, String dir, Integer page) {

	static final String ALL = "ALL";

	PartnershipFilter partnershipFilter() {
		return new PartnershipFilter(statusFilter(), parse(Stage.class, this.stage), this.owner, Texts.clean(this.q),
				parse(NeedAspect.class, this.aspect), parse(PartnershipPattern.class, this.pattern),
				Texts.clean(this.category));
	}

	/** The chosen status: active by default, none for ALL. */
	PartnershipStatus statusFilter() {
		if (ALL.equals(this.status)) {
			return null;
		}
		PartnershipStatus chosen = parse(PartnershipStatus.class, this.status);
		return (chosen != null) ? chosen : PartnershipStatus.ACTIVE;
	}

	/** The status select's value. */
	public String statusValue() {
		return ALL.equals(this.status) ? ALL : statusFilter().name();
	}

	public String sortColumn() {
		return switch ((this.sort != null) ? this.sort : "") {
			case "title", "stage", "status", "owner", "days", "year" -> this.sort;
			default -> "stage";
		};
	}

	public boolean descending() {
		return "desc".equals(this.dir);
	}

	/** The table's order in the database: "days" is the stage date reversed. */
	Sort sortOrder() {
		String column = sortColumn();
		boolean desc = descending();
		if ("days".equals(column)) {
			return Sort.by(desc ? Sort.Order.asc("stageSince") : Sort.Order.desc("stageSince"));
		}
		return Sort.by(desc ? Sort.Order.desc(column) : Sort.Order.asc(column));
	}

	int pageNumber() {
		return (this.page != null && this.page > 0) ? this.page : 0;
	}

	/** The address of a view with these filters, e.g. "/partnerships/table". */
	String url(String path) {
		return builder(path).build().encode().toUriString();
	}

	/**
	 * The table address with these filters sorted by a column (toggling its direction).
	 */
	String sortUrl(String column) {
		boolean desc = column.equals(sortColumn()) && !descending();
		return builder("/partnerships/table").queryParam("sort", column)
			.queryParam("dir", desc ? "desc" : "asc")
			.build()
			.encode()
			.toUriString();
	}

	String pageUrl(int number) {
		return builder("/partnerships/table").queryParam("sort", sortColumn())
			.queryParam("dir", descending() ? "desc" : "asc")
			.queryParam("page", number)
			.build()
			.encode()
			.toUriString();
	}

	String exportUrl() {
		return builder("/partnerships/export.xlsx").queryParam("sort", sortColumn())
			.queryParam("dir", descending() ? "desc" : "asc")
			.build()
			.encode()
			.toUriString();
	}

	private UriComponentsBuilder builder(String path) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		add(builder, "q", Texts.clean(this.q));
		add(builder, "aspect", this.aspect);
		add(builder, "pattern", this.pattern);
		add(builder, "category", this.category);
		add(builder, "owner", (this.owner != null) ? this.owner.toString() : null);
		add(builder, "status", (this.status != null && !this.status.isBlank()) ? statusValue() : null);
		add(builder, "stage", this.stage);
		return builder;
	}

	private static void add(UriComponentsBuilder builder, String name, String value) {
		if (value != null && !value.isBlank()) {
			builder.queryParam(name, value);
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
