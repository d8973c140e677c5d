package id.jejaring.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The institution's clause library: the articles new drafts start from. Until the manager
 * saves the institution's own, the Indonesian defaults ({@link DefaultClauses}) apply, so
 * a new institution drafts a complete MoU from the first day without any setup.
 */
@Service
@Transactional(readOnly = true)
public class ClauseLibrary {

	static final int TITLE_LENGTH = 200;

	static final int BODY_LENGTH = 10000;

	private final ClauseTemplateRepository templates;

	ClauseLibrary(ClauseTemplateRepository templates) {
		this.templates = templates;
	}

	@PreAuthorize(Access.READ)
	public List<Clause> clauses() {
		List<ClauseTemplate> own = this.templates.findAllByOrderBySortOrderAsc();
		return own.isEmpty() ? DefaultClauses.ALL : own.stream().map(ClauseTemplate::clause).toList();
	}

	/** Whether the institution keeps its own library rather than the defaults. */
	@PreAuthorize(Access.READ)
	public boolean customised() {
		return this.templates.count() > 0;
	}

	/** Replaces the library with these articles, in this order. */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public List<Clause> save(List<Clause> clauses) {
		Errors errors = new MapBindingResult(new HashMap<>(), "library");
		check(clauses, "clauses", errors);
		if (clauses.isEmpty()) {
			errors.reject("validation.agreement.library.empty");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		this.templates.deleteAllInBatch();
		List<ClauseTemplate> saved = new ArrayList<>();
		for (int i = 0; i < clauses.size(); i++) {
			saved.add(new ClauseTemplate(i, clauses.get(i)));
		}
		this.templates.saveAll(saved);
		return clauses;
	}

	/** Goes back to the Indonesian defaults. */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public void reset() {
		this.templates.deleteAllInBatch();
	}

	/** Each article has a kind, a heading and a text within their lengths. */
	static void check(List<Clause> clauses, String field, Errors errors) {
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			String at = field + "[" + i + "]";
			if (clause.type() == null) {
				errors.rejectValue(at + ".type", "validation.agreement.clause.type");
			}
			if (clause.title() == null || clause.title().isBlank()) {
				errors.rejectValue(at + ".title", "validation.agreement.clause.title");
			}
			else if (clause.title().length() > TITLE_LENGTH) {
				errors.rejectValue(at + ".title", "validation.agreement.tooLong", new Object[] { TITLE_LENGTH }, null);
			}
			if (clause.body() != null && clause.body().length() > BODY_LENGTH) {
				errors.rejectValue(at + ".body", "validation.agreement.tooLong", new Object[] { BODY_LENGTH }, null);
			}
		}
	}

}
