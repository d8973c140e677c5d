package id.jejaring.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A row with problems in the preview of a {@link PartnerImportJob}: enough of its cells
 * to recognise it and its problems, paged from the database. Not audited: it is
 * transient.
 */
@Entity
@Table(name = "partner_import_problem")
public class PartnerImportProblem extends TenantOwnedEntity {

	/** Separates a problem's key from its argument, and the problems from each other. */
	private static final char UNIT = '\u001f';

	private static final char RECORD = '\u001e';

	@Column(nullable = false)
	private UUID jobId;

	@Column(name = "file_row", nullable = false)
	private int fileRow;

	private String name;

	private String category;

	private String phone;

	private String contact;

	@Column(nullable = false)
	private String problems;

	protected PartnerImportProblem() {
	}

	PartnerImportProblem(UUID jobId, PartnerImport.Row row) {
		this.jobId = jobId;
		this.fileRow = row.number();
		this.name = cut(row.cell(PartnerSheet.NAME), 200);
		this.category = cut(row.cell(PartnerSheet.CATEGORY), 200);
		this.phone = cut(row.cell(PartnerSheet.PHONE), 200);
		this.contact = cut(row.cell(PartnerSheet.CONTACT_NAME), 200);
		StringBuilder text = new StringBuilder();
		for (PartnerImport.Problem problem : row.problems()) {
			String argument = (problem.argument() != null) ? cut(clean(problem.argument()), 200) : "";
			String next = problem.key() + UNIT + argument + RECORD;
			if (text.length() + next.length() > 4000) {
				break;
			}
			text.append(next);
		}
		this.problems = text.toString();
	}

	public int getFileRow() {
		return this.fileRow;
	}

	public String getName() {
		return this.name;
	}

	public String getCategory() {
		return this.category;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getContact() {
		return this.contact;
	}

	public List<PartnerImport.Problem> getProblems() {
		List<PartnerImport.Problem> list = new ArrayList<>();
		for (String entry : this.problems.split(String.valueOf(RECORD))) {
			if (entry.isEmpty()) {
				continue;
			}
			int split = entry.indexOf(UNIT);
			String argument = entry.substring(split + 1);
			list.add(new PartnerImport.Problem(entry.substring(0, split), argument.isEmpty() ? null : argument));
		}
		return list;
	}

	private static String clean(String text) {
		return text.replace(UNIT, ' ').replace(RECORD, ' ');
	}

	private static String cut(String text, int max) {
		if (text == null) {
			return null;
		}
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
