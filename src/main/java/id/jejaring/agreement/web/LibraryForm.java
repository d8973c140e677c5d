package id.jejaring.agreement.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.jejaring.agreement.Clause;
import id.jejaring.agreement.ClauseType;
import id.jejaring.shared.Texts;
import jakarta.validation.Valid;

import org.springframework.validation.Errors;

/** The clause library form: the articles as rows, like the agreement form's. */
public record LibraryForm(List<AgreementForm.@Valid ClauseRow> clauses) {

	public LibraryForm {
		clauses = (clauses != null) ? new ArrayList<>(clauses) : new ArrayList<>();
	}

	static LibraryForm of(List<Clause> clauses) {
		List<AgreementForm.ClauseRow> rows = new ArrayList<>();
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			rows.add(new AgreementForm.ClauseRow(clause.type(), clause.title(), clause.body(), String.valueOf(i + 1)));
		}
		return new LibraryForm(rows);
	}

	LibraryForm withNewRows() {
		List<AgreementForm.ClauseRow> rows = new ArrayList<>(
				this.clauses.stream().filter((c) -> !c.isEmpty()).toList());
		for (int i = 0; i < AgreementForm.NEW_ROWS; i++) {
			rows.add(new AgreementForm.ClauseRow(ClauseType.OTHER, null, null, String.valueOf(rows.size() + 1)));
		}
		return new LibraryForm(rows);
	}

	void check(Errors errors) {
		for (int i = 0; i < this.clauses.size(); i++) {
			AgreementForm.ClauseRow row = this.clauses.get(i);
			if (!row.isEmpty() && Texts.clean(row.title()) == null) {
				errors.rejectValue("clauses[" + i + "].title", "validation.agreement.clause.title");
			}
		}
	}

	List<Clause> clauseList() {
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < this.clauses.size(); i++) {
			if (!this.clauses.get(i).isEmpty()) {
				kept.add(i);
			}
		}
		return kept.stream()
			.sorted(Comparator.comparingInt((Integer i) -> this.clauses.get(i).orderNumber(i + 1))
				.thenComparing((i) -> i))
			.map(this.clauses::get)
			.map((row) -> new Clause((row.type() != null) ? row.type() : ClauseType.OTHER, Texts.clean(row.title()),
					(row.body() != null) ? row.body().strip() : ""))
			.toList();
	}

}
