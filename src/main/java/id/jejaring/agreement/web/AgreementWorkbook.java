package id.jejaring.agreement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import id.jejaring.agreement.Agreement;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The filtered register as an XLSX sheet, in the user's language: dates as dates, days
 * left as numbers, texts a spreadsheet would read as formulas defused.
 */
final class AgreementWorkbook {

	static final List<String> HEADERS = List.of("agreement.column.number", "agreement.column.kind",
			"agreement.column.title", "agreement.column.partners", "agreement.column.status", "agreement.column.from",
			"agreement.column.until", "agreement.column.daysLeft", "agreement.column.partnerNumber",
			"agreement.column.partnership", "agreement.column.signedOn");

	private final MessageSource messages;

	private final Locale locale;

	AgreementWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	byte[] write(List<RegisterRow> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("agreement.register.sheet"));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(text(HEADERS.get(i)));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, (i == 2 || i == 3 || i == 9) ? 40 * 256 : 18 * 256);
			}
			int r = 1;
			for (RegisterRow row : rows) {
				Agreement a = row.agreement();
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(safe(a.getLetterNumber()));
				line.createCell(1).setCellValue(text("agreement.kind." + a.getKind().name()));
				line.createCell(2).setCellValue(safe(a.getTitle()));
				line.createCell(3).setCellValue(safe(row.partnerNames()));
				line.createCell(4).setCellValue(text("agreement.status." + row.status().name()));
				date(line, 5, a.getEffectiveFrom(), date);
				date(line, 6, a.getEffectiveUntil(), date);
				if (row.daysLeft() != null) {
					line.createCell(7).setCellValue(row.daysLeft());
				}
				line.createCell(8).setCellValue(safe(a.getPartnerNumber()));
				line.createCell(9).setCellValue(safe(row.partnershipTitle()));
				date(line, 10, row.signedOn(), date);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	/** A text a spreadsheet would read as a formula gets a leading apostrophe. */
	private static String safe(String value) {
		if (value == null) {
			return "";
		}
		return (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
