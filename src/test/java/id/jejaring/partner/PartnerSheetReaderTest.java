package id.jejaring.partner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading partner spreadsheets without Spring: XLSX and CSV (comma and semicolon, with
 * and without byte-order mark), numbers and formulas in cells, and the files refused.
 */
class PartnerSheetReaderTest {

	static final String HEADER = String.join(",", PartnerSheet.HEADERS);

	static byte[] csv(String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(Object[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Mitra");
			Row head = sheet.createRow(0);
			for (int i = 0; i < PartnerSheet.HEADERS.size(); i++) {
				head.createCell(i).setCellValue(PartnerSheet.HEADERS.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value instanceof String text && text.startsWith("=")) {
						row.createCell(c).setCellFormula(text.substring(1));
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aGoodCsvGivesOneRowPerPartnerInTheTemplateColumns() {
		List<PartnerSheetReader.SheetRow> rows = PartnerSheetReader.read(csv(HEADER,
				"PT Sinar Jaya,organisasi,BUSINESS.CSR,Garmen,besar,Jl. Raya 1,32.04,0812-3456-7890,,info@sinar.co.id,,aktif,\"garmen, magang\",Bu Sari,HRD,081311112222,sari@sinar.co.id",
				",,,,,,,,,,,,,,,,", "Warung Bu Ani,perorangan,COMMUNITY.PKK"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).number()).isEqualTo(2);
		assertThat(rows.get(0).cell(PartnerSheet.NAME)).isEqualTo("PT Sinar Jaya");
		assertThat(rows.get(0).cell(PartnerSheet.TAGS)).isEqualTo("garmen, magang");
		assertThat(rows.get(0).cell(PartnerSheet.CONTACT_EMAIL)).isEqualTo("sari@sinar.co.id");
		assertThat(rows.get(1).number()).isEqualTo(4);
		assertThat(rows.get(1).cell(PartnerSheet.PHONE)).isEmpty();
	}

	@Test
	void aSemicolonCsvWithByteOrderMarkAndIndonesianLettersIsRead() {
		byte[] body = csv(HEADER.replace(',', ';'), "Koperasi Sékar Arum;organisasi;COMMUNITY.PKK");
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		List<PartnerSheetReader.SheetRow> rows = PartnerSheetReader.read(withBom);
		assertThat(rows.get(0).cell(PartnerSheet.NAME)).isEqualTo("Koperasi Sékar Arum");
		assertThat(rows.get(0).cell(PartnerSheet.CATEGORY)).isEqualTo("COMMUNITY.PKK");
	}

	@Test
	void anXlsxIsReadWithNumbersAsPlainDigits() throws IOException {
		List<PartnerSheetReader.SheetRow> rows = PartnerSheetReader.read(xlsx(new Object[] { "PT Angka", "organisasi",
				"BUSINESS.CSR", null, null, null, "32.04", 81234567890L, 12.5 }));
		assertThat(rows.get(0).cell(PartnerSheet.PHONE)).isEqualTo("81234567890");
		assertThat(rows.get(0).cell(PartnerSheet.WHATSAPP)).isEqualTo("12.5");
	}

	@Test
	void aFormulaIsNeverEvaluatedButMarked() throws IOException {
		List<PartnerSheetReader.SheetRow> rows = PartnerSheetReader
			.read(xlsx(new Object[] { "=CONCATENATE(\"PT \",\"Rumus\")", "organisasi", "BUSINESS.CSR" }));
		assertThat(rows.get(0).cell(PartnerSheet.NAME)).isEqualTo(PartnerSheetReader.FORMULA);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(new byte[0], "partner.import.refused.empty");
		assertRefused(csv(HEADER), "partner.import.refused.noRows");
	}

	@Test
	void aFileThatIsNotASpreadsheetIsRefused() {
		assertRefused(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' },
				"partner.import.refused.notSpreadsheet");
		assertRefused(new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6 }, "partner.import.refused.notSpreadsheet");
		assertRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }, "partner.import.refused.xls");
		assertRefused(csv("tanggal,jumlah", "2026-01-01,5"), "partner.import.refused.header");
	}

	@Test
	void aWindows1252CsvIsRefusedWithAMessageAboutTheEncoding() {
		byte[] ansi = (HEADER + "\r\nKoperasi Sékar Arum,organisasi,COMMUNITY.PKK\r\n")
			.getBytes(Charset.forName("windows-1252"));
		assertRefused(ansi, "partner.import.refused.encoding");
	}

	@Test
	void moreThanTenThousandRowsAreRefused() {
		StringBuilder text = new StringBuilder(HEADER).append("\n");
		for (int i = 0; i <= PartnerSheetReader.MAX_ROWS; i++) {
			text.append("Mitra ").append(i).append(",organisasi,BUSINESS.CSR\n");
		}
		assertRefused(text.toString().getBytes(StandardCharsets.UTF_8), "partner.import.refused.tooManyRows");
	}

	static void assertRefused(byte[] content, String key) {
		assertThatThrownBy(() -> PartnerSheetReader.read(content)).isInstanceOf(PartnerSheetReader.Refused.class)
			.extracting((ex) -> ((PartnerSheetReader.Refused) ex).getMessageKey())
			.isEqualTo(key);
	}

}
