package id.jejaring.partner.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerContact;
import id.jejaring.partner.PartnerSheet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The partner list as XLSX or CSV in the import template's columns (so an exported file
 * can be edited and imported again). CSV: UTF-8 with a byte-order mark so Excel shows
 * Indonesian text correctly, comma-separated, quoted where needed.
 */
final class PartnerExport {

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV_TYPE = "text/csv;charset=UTF-8";

	private PartnerExport() {
	}

	/** One row of cells per partner, in {@link PartnerSheet#HEADERS}' order. */
	static List<List<String>> rows(List<Partner> partners, Map<UUID, PartnerContact> contacts,
			PartnerCategories categories) {
		List<List<String>> rows = new ArrayList<>(partners.size());
		for (Partner p : partners) {
			PartnerContact c = contacts.get(p.getId());
			String contactPhone = (c != null) ? ((c.getWhatsapp() != null) ? c.getWhatsapp() : c.getPhone()) : null;
			rows.add(List.of(p.getName(), PartnerSheet.kind(p.getKind()), categories.label(p.getCategoryCode()),
					text(p.getSector()), PartnerSheet.scale(p.getScale()), text(p.getAddress()),
					text(p.getRegionCode()), text(p.getPhone()), text(p.getWhatsapp()), text(p.getEmail()),
					text(p.getWebsite()), PartnerSheet.status(p.getStatus()), String.join(", ", p.tagNames()),
					(c != null) ? c.getName() : "", (c != null) ? text(c.getPosition()) : "", text(contactPhone),
					(c != null) ? text(c.getEmail()) : ""));
		}
		return rows;
	}

	static byte[] xlsx(List<List<String>> rows, String sheetName) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Row head = sheet.createRow(0);
			for (int i = 0; i < PartnerSheet.HEADERS.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(PartnerSheet.HEADERS.get(i));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, (i == 0 || i == 2 || i == 5) ? 40 * 256 : 20 * 256);
			}
			int r = 1;
			for (List<String> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					if (!values.get(i).isEmpty()) {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
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

	static byte[] csv(List<List<String>> rows) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
				printer.printRecord(PartnerSheet.HEADERS);
				for (List<String> row : rows) {
					printer.printRecord(row.stream().map(PartnerExport::safe).toList());
				}
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cell that a spreadsheet would read as a formula (=, +, -, @) gets a leading
	 * apostrophe, except phone numbers (+62…).
	 */
	private static String safe(String value) {
		if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("\\+[0-9]+")) {
			return "'" + value;
		}
		return value;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
