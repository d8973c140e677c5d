package id.jejaring.agreement;

/**
 * The content of one article: its kind, heading and text. Drafts, saved versions and the
 * clause library all hold these.
 */
public record Clause(ClauseType type, String title, String body) {

	/** An article without text holds the empty text (the column is not null). */
	public Clause {
		body = (body != null) ? body : "";
	}

	/** Whether the article says something (a heading alone does not count). */
	public boolean hasText() {
		return this.body != null && !this.body.isBlank();
	}

}
