package id.jejaring.partner;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.jejaring.SignedIn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The filtered partner list as XLSX and CSV: Indonesian headers, the list's filters, the
 * CSV in UTF-8 with a byte-order mark.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theXlsxHoldsTheFilteredPartnersUnderIndonesianHeaders() throws Exception {
		byte[] body = this.mvc
			.perform(get("/partners/export.xlsx").param("q", "sinar garmen")
				.with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nama");
			assertThat(sheet.getRow(0).getCell(16).getStringCellValue()).isEqualTo("Kontak: email");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(0).getStringCellValue().toLowerCase()).contains("sinar garmen");
			}
		}
	}

	@Test
	void theCsvIsUtf8WithByteOrderMarkCommaSeparatedAndFiltered() throws Exception {
		byte[] body = this.mvc
			.perform(get("/partners/export.csv").param("category", "COMMUNITY.PKK")
				.with(SignedIn.as(this.users, "pengelola.bandung")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".csv")))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body[0]).isEqualTo((byte) 0xEF);
		assertThat(body[1]).isEqualTo((byte) 0xBB);
		assertThat(body[2]).isEqualTo((byte) 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.EXCEL.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
		assertThat(records).isNotEmpty();
		assertThat(records).anySatisfy((r) -> assertThat(r.get("Nama")).isEqualTo("TP PKK Kabupaten Bandung"));
		assertThat(records).allSatisfy((r) -> assertThat(r.get("Kategori")).contains("PKK"));
	}

	@Test
	void aSupervisorCannotExport() throws Exception {
		this.mvc.perform(get("/partners/export.csv").with(SignedIn.as(this.users, "pengawas.jabar")))
			.andExpect(status().is4xxClientError());
	}

}
