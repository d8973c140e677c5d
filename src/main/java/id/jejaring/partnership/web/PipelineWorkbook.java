package id.jejaring.partnership.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import id.jejaring.partnership.Pipeline;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The filtered partnerships as an XLSX sheet: headers and labels in the user's language
 * (Indonesian by default), days in stage as numbers, follow-up dates as dates.
 */
final class PipelineWorkbook {

	static final List<String> HEADERS = List.of("pipeline.column.title", "pipeline.column.partners",
			"pipeline.column.stage", "pipeline.column.status", "pipeline.column.pattern", "pipeline.column.owner",
			"pipeline.column.days", "pipeline.column.stale", "pipeline.column.nextFollowUp", "pipeline.column.year",
			"pipeline.column.cycle");

	private final MessageSource messages;

	private final Locale locale;

	PipelineWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	byte[] write(List<Pipeline.Card> cards) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("pipeline.sheet"));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CreationHelper helper = workbook.getCreationHelper();
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(helper.createDataFormat().getFormat("d mmm yyyy"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(text(HEADERS.get(i)));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, (i <= 1) ? 40 * 256 : 18 * 256);
			}
			int r = 1;
			for (Pipeline.Card card : cards) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(safe(card.title()));
				row.createCell(1).setCellValue(safe(String.join(", ", card.partners())));
				row.createCell(2).setCellValue(card.stage().number() + ". " + text(card.stage().messageKey()));
				row.createCell(3).setCellValue(text(card.status().messageKey()));
				row.createCell(4).setCellValue(text(card.pattern().messageKey()));
				row.createCell(5).setCellValue((card.ownerName() != null) ? safe(card.ownerName()) : "");
				row.createCell(6).setCellValue(card.daysInStage());
				row.createCell(7).setCellValue(card.stale() ? text("pipeline.stale") : "");
				if (card.nextFollowUp() != null) {
					Cell due = row.createCell(8);
					due.setCellValue(card.nextFollowUp());
					due.setCellStyle(date);
				}
				row.createCell(9).setCellValue(card.year());
				row.createCell(10).setCellValue(card.cycle());
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

	private String text(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	/** A text a spreadsheet would read as a formula gets a leading apostrophe. */
	private static String safe(String value) {
		return (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
