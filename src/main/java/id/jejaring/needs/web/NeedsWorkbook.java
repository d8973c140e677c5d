package id.jejaring.needs.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Program;
import id.jejaring.needs.Need;
import id.jejaring.needs.RequirementComponent;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The needs list as an XLSX workbook for the institution's meetings: one row per need in
 * the manager's order, headers in the user's language, rupiah as numbers formatted
 * {@code Rp 25.000.000}, dates as real dates.
 */
class NeedsWorkbook {

	static final List<String> HEADERS = List.of("need.rank", "need.program", "need.component", "need.aspect",
			"need.title", "need.details", "need.quantity", "need.amount", "need.neededBy", "need.timingNote",
			"need.status", "need.dropReason", "need.partnerCategories", "need.regionScope", "need.requiredCapability",
			"need.minimumCommitment");

	private final MessageSource messages;

	private final Locale locale;

	private final PartnerCategories categories;

	NeedsWorkbook(MessageSource messages, Locale locale, PartnerCategories categories) {
		this.messages = messages;
		this.locale = locale;
		this.categories = categories;
	}

	byte[] write(List<Need> needs, Map<UUID, Program> programs) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("need.export.sheet"));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle rupiah = workbook.createCellStyle();
			rupiah.setDataFormat(workbook.createDataFormat().getFormat("\"Rp\" #,##0"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle number = workbook.createCellStyle();
			number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

			Row head = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(text(HEADERS.get(i)));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (Need need : needs) {
				Row row = sheet.createRow(r++);
				Program program = programs.get(need.getProgramId());
				row.createCell(0).setCellValue(need.getPriorityRank());
				row.createCell(1).setCellValue((program != null) ? program.getName() : "");
				row.createCell(2).setCellValue(component(need.getComponent()));
				row.createCell(3).setCellValue(text(need.getAspect().messageKey()));
				row.createCell(4).setCellValue(need.getTitle());
				row.createCell(5).setCellValue(orEmpty(need.getDetails()));
				if (need.getQuantity() != null) {
					Cell cell = row.createCell(6);
					cell.setCellValue(need.getQuantity());
					cell.setCellStyle(number);
				}
				if (need.getAmountRupiah() != null) {
					Cell cell = row.createCell(7);
					cell.setCellValue(need.getAmountRupiah());
					cell.setCellStyle(rupiah);
				}
				if (need.getNeededBy() != null) {
					Cell cell = row.createCell(8);
					cell.setCellValue(need.getNeededBy());
					cell.setCellStyle(date);
				}
				row.createCell(9).setCellValue(orEmpty(need.getTimingNote()));
				row.createCell(10).setCellValue(text(need.getStatus().messageKey()));
				row.createCell(11).setCellValue(orEmpty(need.getDropReason()));
				row.createCell(12).setCellValue(String.join("; ", this.categories.labels(need.categoryCodes())));
				row.createCell(13).setCellValue(text(need.getRegionScope().messageKey()));
				row.createCell(14).setCellValue(orEmpty(need.getRequiredCapability()));
				row.createCell(15).setCellValue(orEmpty(need.getMinimumCommitment()));
			}
			for (int i = 0; i < HEADERS.size(); i++) {
				sheet.setColumnWidth(i, (i == 4 || i >= 12) ? 40 * 256 : 18 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String component(RequirementComponent component) {
		return (component != null) ? text(component.messageKey()) : "";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
