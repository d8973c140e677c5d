package id.jejaring.agreement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementDetails;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.Clause;
import id.jejaring.agreement.ClauseType;
import id.jejaring.shared.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The agreement form: the terms, the parties with their signatories, and the articles as
 * indexed rows ({@code clauses[3].body}). Each article carries an order number so
 * articles can be moved without scripts; a row whose heading and text are both empty is
 * left out, which is how an article is removed and why two empty rows are offered for new
 * ones.
 */
public record AgreementForm(AgreementKind kind, UUID parentId, @Size(max = 300) String title,
		@Size(max = 150) String partnerNumber, @Size(max = 100) String place,
		@Pattern(regexp = DATE, message = "{validation.date}") String agreementDate,
		@Pattern(regexp = DATE, message = "{validation.date}") String effectiveFrom,
		@Pattern(regexp = DATE, message = "{validation.date}") String effectiveUntil, List<@Valid PartyRow> parties,
		List<@Valid ClauseRow> clauses, long version) {

	static final String DATE = "^\\s*$|^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$";

	/** Empty rows offered under the articles for new ones. */
	static final int NEW_ROWS = 2;

	public AgreementForm {
		parties = (parties != null) ? new ArrayList<>(parties) : new ArrayList<>();
		clauses = (clauses != null) ? new ArrayList<>(clauses) : new ArrayList<>();
	}

	/** A party row: the partner (empty for the institution), its name and signatory. */
	public record PartyRow(UUID partnerId, @Size(max = 200) String name, @Size(max = 200) String signatoryName,
			@Size(max = 200) String signatoryPosition) {

	}

	/** An article row with its order number. */
	public record ClauseRow(ClauseType type, @Size(max = 200) String title, @Size(max = 10000) String body,
			@Pattern(regexp = "^\\s*$|^\\s*[0-9]{1,3}\\s*$", message = "{validation.agreement.order}") String order) {

		boolean isEmpty() {
			return Texts.clean(this.title) == null && Texts.clean(this.body) == null;
		}

		int orderNumber(int fallback) {
			String cleaned = Texts.clean(this.order);
			return (cleaned != null && cleaned.matches("[0-9]{1,3}")) ? Integer.parseInt(cleaned) : fallback;
		}

	}

	static AgreementForm of(AgreementKind kind, UUID parentId, AgreementDetails details, long version) {
		List<ClauseRow> rows = LibraryForm.of(details.clauses()).clauses();
		return new AgreementForm(kind, parentId, details.title(), details.partnerNumber(), details.place(),
				text(details.agreementDate()), text(details.effectiveFrom()), text(details.effectiveUntil()),
				details.parties()
					.stream()
					.map((p) -> new PartyRow(p.partnerId(), p.name(), p.signatoryName(), p.signatoryPosition()))
					.toList(),
				rows, version);
	}

	static AgreementForm of(Agreement agreement) {
		return of(agreement.getKind(), agreement.getParentId(), agreement.details(), agreement.getVersion());
	}

	/** The form with the empty rows for new articles, ready to show. */
	AgreementForm withNewRows() {
		List<ClauseRow> rows = new LibraryForm(this.clauses).withNewRows().clauses();
		return new AgreementForm(this.kind, this.parentId, this.title, this.partnerNumber, this.place,
				this.agreementDate, this.effectiveFrom, this.effectiveUntil, this.parties, rows, this.version);
	}

	/** Dates that have the right shape but do not exist (2026-02-31). */
	void check(Errors errors) {
		checkDate(errors, "agreementDate", this.agreementDate);
		checkDate(errors, "effectiveFrom", this.effectiveFrom);
		checkDate(errors, "effectiveUntil", this.effectiveUntil);
		new LibraryForm(this.clauses).check(errors);
	}

	AgreementDetails details() {
		List<Clause> articles = new LibraryForm(this.clauses).clauseList();
		List<AgreementDetails.Party> people = this.parties.stream()
			.map((p) -> new AgreementDetails.Party(p.partnerId(), Texts.clean(p.name()), Texts.clean(p.signatoryName()),
					Texts.clean(p.signatoryPosition())))
			.toList();
		return new AgreementDetails(Texts.clean(this.title), Texts.clean(this.partnerNumber), Texts.clean(this.place),
				date(this.agreementDate), date(this.effectiveFrom), date(this.effectiveUntil), people, articles);
	}

	static LocalDate date(String text) {
		return Texts.date(text);
	}

	static void checkDate(Errors errors, String field, String text) {
		if (Texts.clean(text) != null && !errors.hasFieldErrors(field) && date(text) == null) {
			errors.rejectValue(field, "validation.date");
		}
	}

	static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
