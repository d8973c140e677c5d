package id.jejaring.partner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads an uploaded partner spreadsheet into rows of text cells in
 * {@link PartnerSheet#HEADERS}' order, recognising the type by content: XLSX (a ZIP with
 * the OOXML parts) or CSV in UTF-8 (comma or semicolon). Formulas are never evaluated: a
 * formula cell is reported as {@link #FORMULA}. Anything else is refused with a
 * {@link Refused} naming an Indonesian message.
 */
public final class PartnerSheetReader {

	public static final int MAX_ROWS = 10_000;

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/**
	 * Larger files are checked and imported in the background ({@link PartnerImportJob}),
	 * up to this many rows: a hundred thousand partners is far beyond any LKP's network,
	 * and keeps the check (all rows in memory) and the single import transaction bounded.
	 */
	public static final int MAX_BACKGROUND_ROWS = 100_000;

	/** The upload limit of the background path (also spring.servlet.multipart). */
	public static final long MAX_BACKGROUND_BYTES = 30L * 1024 * 1024;

	/** Stands for a cell holding a formula; the import reports it as a problem. */
	public static final String FORMULA = "\uFFFFformula";

	private PartnerSheetReader() {
	}

	/** The data rows (header excluded, blank rows dropped), each 17 cells. */
	public static List<SheetRow> read(byte[] content) {
		return read(content, MAX_ROWS, MAX_BYTES);
	}

	/**
	 * The data rows of a file of the background path: up to {@link #MAX_BACKGROUND_ROWS}.
	 */
	public static List<SheetRow> readLarge(byte[] content) {
		return read(content, MAX_BACKGROUND_ROWS, MAX_BACKGROUND_BYTES);
	}

	private static List<SheetRow> read(byte[] content, int maxRows, long maxBytes) {
		if (content == null || content.length == 0) {
			throw new Refused("partner.import.refused.empty");
		}
		if (content.length > maxBytes) {
			throw new Refused((maxRows == MAX_ROWS) ? "partner.import.refused.tooLarge"
					: "partner.import.refused.tooLargeBackground");
		}
		List<List<String>> raw;
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			raw = xlsx(content, maxRows);
		}
		else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new Refused("partner.import.refused.xls");
		}
		else {
			raw = csv(text(content), maxRows);
		}
		return rows(raw, maxRows);
	}

	private static String tooMany(int maxRows) {
		return (maxRows == MAX_ROWS) ? "partner.import.refused.tooManyRows"
				: "partner.import.refused.tooManyRowsBackground";
	}

	private static List<SheetRow> rows(List<List<String>> raw, int maxRows) {
		if (raw.isEmpty()) {
			throw new Refused("partner.import.refused.empty");
		}
		List<String> header = raw.get(0);
		int[] columns = new int[PartnerSheet.HEADERS.size()];
		java.util.Arrays.fill(columns, -1);
		for (int i = 0; i < header.size(); i++) {
			String name = (header.get(i) != null) ? header.get(i).trim().toLowerCase(Locale.ROOT) : "";
			for (int c = 0; c < columns.length; c++) {
				if (columns[c] < 0 && name.equals(PartnerSheet.HEADERS.get(c).toLowerCase(Locale.ROOT))) {
					columns[c] = i;
				}
			}
		}
		if (columns[PartnerSheet.NAME] < 0 || columns[PartnerSheet.CATEGORY] < 0) {
			throw new Refused("partner.import.refused.header");
		}
		List<SheetRow> rows = new ArrayList<>();
		for (int r = 1; r < raw.size(); r++) {
			List<String> line = raw.get(r);
			List<String> cells = new ArrayList<>(columns.length);
			boolean blank = true;
			for (int column : columns) {
				String value = (column >= 0 && column < line.size() && line.get(column) != null)
						? line.get(column).trim() : "";
				blank &= value.isEmpty();
				cells.add(value);
			}
			if (!blank) {
				if (rows.size() == maxRows) {
					throw new Refused(tooMany(maxRows));
				}
				rows.add(new SheetRow(r + 1, cells));
			}
		}
		if (rows.isEmpty()) {
			throw new Refused("partner.import.refused.noRows");
		}
		return rows;
	}

	/**
	 * Streams the first sheet (excel-streaming-reader) so that a large workbook is not
	 * held as a whole in memory.
	 */
	private static List<List<String>> xlsx(byte[] content, int maxRows) {
		try (Workbook workbook = StreamingReader.builder()
			.rowCacheSize(200)
			.bufferSize(8192)
			.open(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new Refused("partner.import.refused.empty");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				// rows missing from the sheet's XML are blank lines; keep the numbering
				while (rows.size() < row.getRowNum()) {
					rows.add(List.of());
				}
				if (rows.size() > maxRows + 1) {
					throw new Refused(tooMany(maxRows));
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					cells.add(cell(row.getCell(c), formatter));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (Refused ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new Refused("partner.import.refused.notSpreadsheet");
		}
	}

	private static String cell(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.FORMULA) {
			return FORMULA;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
		}
		return formatter.formatCellValue(cell);
	}

	private static String text(byte[] content) {
		int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Refused(looksLikeText(content) ? "partner.import.refused.encoding"
					: "partner.import.refused.notSpreadsheet");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
				throw new Refused("partner.import.refused.notSpreadsheet");
			}
		}
		return text;
	}

	/**
	 * Mostly printable single bytes: a text file in a legacy encoding such as
	 * Windows-1252.
	 */
	private static boolean looksLikeText(byte[] content) {
		for (byte b : content) {
			int c = b & 0xFF;
			if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
				return false;
			}
		}
		return true;
	}

	private static List<List<String>> csv(String text, int maxRows) {
		if (text.isBlank()) {
			throw new Refused("partner.import.refused.empty");
		}
		int lineEnd = text.indexOf('\n');
		String firstLine = (lineEnd >= 0) ? text.substring(0, lineEnd) : text;
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		List<List<String>> rows = new ArrayList<>();
		try {
			for (CSVRecord record : format.parse(new StringReader(text))) {
				if (rows.size() > maxRows + 1) {
					throw new Refused(tooMany(maxRows));
				}
				rows.add(record.toList());
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new Refused("partner.import.refused.csv");
		}
		return rows;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((x) -> x == c).count();
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** One data row: its number in the file (header = 1) and its cells. */
	public record SheetRow(int number, List<String> cells) {

		public String cell(int column) {
			return this.cells.get(column);
		}

	}

	/** The file cannot be imported at all; {@code messageKey} says why, in Indonesian. */
	public static class Refused extends RuntimeException {

		private final String messageKey;

		public Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String getMessageKey() {
			return this.messageKey;
		}

	}

}
