package id.jejaring.workplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import id.jejaring.partnership.Partnership;
import id.jejaring.workplan.ActivityContribution;
import id.jejaring.workplan.PlanActivity;
import id.jejaring.workplan.PlanIndicator;
import id.jejaring.workplan.PlanObjective;
import id.jejaring.workplan.WorkPlan;
import id.jejaring.workplan.WorkPlanRules;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The work plan as one XLSX sheet to send to the partner, in the user's language:
 * objectives, indicators, activities with one row per contribution, and the totals per
 * party; dates as dates, rupiah as numbers, texts a spreadsheet would read as formulas
 * defused.
 */
final class WorkPlanWorkbook {

	private final MessageSource messages;

	private final Locale locale;

	private final PartyLabels names;

	private CellStyle bold;

	private CellStyle date;

	private CellStyle rupiah;

	private Sheet sheet;

	private int next;

	WorkPlanWorkbook(MessageSource messages, Locale locale, PartyLabels names) {
		this.messages = messages;
		this.locale = locale;
		this.names = names;
	}

	byte[] write(Partnership partnership, WorkPlan plan) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.sheet = workbook.createSheet(text("workplan.sheet"));
			this.bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold.setFont(font);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
			this.rupiah = workbook.createCellStyle();
			this.rupiah.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("\"Rp\" #,##0"));
			this.sheet.setColumnWidth(0, 45 * 256);
			for (int i = 1; i < 9; i++) {
				this.sheet.setColumnWidth(i, 20 * 256);
			}
			heading(text("workplan.heading"));
			row(safe(text("workplan.cycle", partnership.getTitle(), partnership.getCycle(), partnership.getYear())));
			this.next++;
			heading(text("workplan.objectives"));
			header("workplan.objective", "workplan.proposer");
			for (PlanObjective o : plan.getObjectives()) {
				row(safe(o.getText()), safe(this.names.of(o.getProposedBy())));
			}
			this.next++;
			heading(text("workplan.indicators"));
			header("workplan.measure", "workplan.indicator.unit", "workplan.baseline", "workplan.target",
					"workplan.proposer");
			for (PlanIndicator i : plan.getIndicators()) {
				Row line = row((i.getMeasure() != null) ? text(i.getMeasure().messageKey()) : safe(i.getName()),
						(i.getMeasure() != null) ? "" : safe(i.getUnit()));
				number(line, 2, i.getBaseline(), i.isRupiah());
				number(line, 3, i.getTarget(), i.isRupiah());
				line.createCell(4).setCellValue(safe(this.names.of(i.getProposedBy())));
			}
			this.next++;
			heading(text("workplan.activities"));
			header("workplan.activity.description", "need.aspect", "workplan.responsible", "workplan.startsOn",
					"workplan.endsOn", "workplan.place", "workplan.activity.budget", "workplan.contributor",
					"workplan.kind", "workplan.contribution.description", "workplan.contribution.value");
			for (PlanActivity a : plan.getActivities()) {
				Row line = row(safe(a.getDescription()), text(a.getAspect().messageKey()),
						safe(this.names.of(a.getResponsiblePartnerId())));
				date(line, 3, a.getStartsOn());
				date(line, 4, a.getEndsOn());
				line.createCell(5).setCellValue(safe(a.getPlace()));
				number(line, 6, a.getBudget(), true);
				boolean first = true;
				for (ActivityContribution c : a.getContributions()) {
					Row contribution = first ? line : row("");
					first = false;
					contribution.createCell(7).setCellValue(safe(this.names.of(c.getPartnerId())));
					contribution.createCell(8).setCellValue(text(c.getKind().messageKey()));
					contribution.createCell(9).setCellValue(safe(c.getDescription()));
					number(contribution, 10, c.getValue(), true);
				}
			}
			this.next++;
			heading(text("workplan.totals"));
			header("workplan.party", "workplan.contribution.CASH", "workplan.inKind", "workplan.total");
			for (WorkPlanRules.PartyTotal t : plan.totalsPerParty()) {
				Row line = row(safe(this.names.of(t.partnerId())));
				number(line, 1, t.cash(), true);
				number(line, 2, t.inKind(), true);
				number(line, 3, t.total(), true);
			}
			Row budget = row(text("workplan.budget"));
			number(budget, 1, plan.totalBudget(), true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void heading(String title) {
		Cell cell = this.sheet.createRow(this.next++).createCell(0);
		cell.setCellValue(title);
		cell.setCellStyle(this.bold);
	}

	private void header(String... keys) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < keys.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(text(keys[i]));
			cell.setCellStyle(this.bold);
		}
	}

	private Row row(String... values) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	private void number(Row row, int column, long value, boolean money) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (money) {
			cell.setCellStyle(this.rupiah);
		}
	}

	private void date(Row row, int column, LocalDate value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.date);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/** A text a spreadsheet would read as a formula gets a leading apostrophe. */
	private static String safe(String value) {
		if (value == null) {
			return "";
		}
		return (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
