package id.jejaring.partner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.SignedIn;
import jakarta.servlet.http.Cookie;
import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import through the pages: upload, preview with each row's problems, nothing written
 * before confirming or when rows have problems, only the good rows when chosen, all or
 * nothing when writing fails, and a 10,000-row file within the request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerImportTest {

	static final String HEADER = String.join(",", PartnerSheet.HEADERS);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	PartnerImport importer;

	PartnerMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = new PartnerMother(this.institutions, this.partners);
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor staff() {
		return SignedIn.as(this.users, "staf.bandung");
	}

	long countTagged(String tag) {
		return this.mother.as(this.bandung,
				() -> this.partners
					.list(new PartnerFilter(null, null, null, null, null, tag, false), PageRequest.of(0, 1))
					.getTotalElements());
	}

	static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aFileWithProblemsIsPreviewedAndNothingIsWrittenUntilOnlyTheGoodRowsAreChosen() throws Exception {
		String tag = "impor" + UUID.randomUUID().toString().substring(0, 8);
		String csv = HEADER + "\n" + "Bengkel Las Maju " + tag + ",organisasi,BUSINESS.CSR,Las,kecil,,32.04,"
				+ ",,,,aktif," + tag + ",Pak Ujang,Pemilik,081322223333,\n" + ",organisasi,BUSINESS.CSR,,,,,,,,,," + tag
				+ ",,,,\n" + "Toko Kue " + tag + ",organisasi,KATEGORI.ANEH,,,,,12345,,bukan-email,,," + tag + ",,,,\n"
				+ "Bengkel Las Maju " + tag + ",organisasi,BUSINESS.CSR,,,,32.04,,,,,," + tag + ",,,,\n";
		Cookie session = upload(file("mitra.csv", csv));
		this.mvc.perform(get("/partners/import/preview").cookie(session).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nama kosong.")))
			.andExpect(content().string(containsString("Kategori tidak dikenal: KATEGORI.ANEH.")))
			.andExpect(content().string(containsString("Nomor telepon tidak valid (Telepon: 12345).")))
			.andExpect(content().string(containsString("Email tidak valid (Email: bukan-email).")))
			.andExpect(content().string(containsString("Sama dengan baris 2 di berkas ini")));
		assertThat(countTagged(tag)).isZero();

		this.mvc.perform(post("/partners/import/confirm").cookie(session).with(staff()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Masih ada baris bermasalah")));
		assertThat(countTagged(tag)).isZero();

		this.mvc.perform(
				post("/partners/import/confirm").param("onlyValid", "true").cookie(session).with(staff()).with(csrf()))
			.andExpect(redirectedUrl("/partners"));
		assertThat(countTagged(tag)).isEqualTo(1);

		this.mvc.perform(
				multipart("/partners/import").file(file("lagi.csv", csv)).cookie(session).with(staff()).with(csrf()))
			.andExpect(redirectedUrl("/partners/import/preview"));
		this.mvc.perform(get("/partners/import/preview").cookie(session).with(staff()))
			.andExpect(content()
				.string(containsString("sepertinya sudah tercatat sebagai \u201cBengkel Las Maju " + tag + "\u201d")));
	}

	@Test
	void filesThatAreNotSpreadsheetsAreRefusedWithAnIndonesianMessage() throws Exception {
		this.mvc
			.perform(multipart("/partners/import").file(new MockMultipartFile("file", "foto.csv", "text/csv",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1 }))
				.with(staff())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bukan spreadsheet")));
		this.mvc
			.perform(
					multipart("/partners/import")
						.file(new MockMultipartFile("file", "ansi.csv", "text/csv",
								(HEADER + "\nKoperasi S\u00e9kar,organisasi,COMMUNITY.PKK\n")
									.getBytes(java.nio.charset.Charset.forName("windows-1252"))))
						.with(staff())
						.with(csrf()))
			.andExpect(content().string(containsString("bukan UTF-8")));
	}

	@Test
	void whenOneRowFailsWhileWritingNothingIsWritten() {
		String tag = "gagal" + UUID.randomUUID().toString().substring(0, 8);
		List<PartnerImport.Row> rows = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			rows.add(row(i, "Mitra Gagal " + i + " " + tag, "BUSINESS.CSR", tag));
		}
		rows.add(row(3, "Mitra Tanpa Kategori " + tag, null, tag));
		assertThatThrownBy(() -> this.mother.as(this.bandung, () -> this.importer.write(rows)))
			.isInstanceOf(RuntimeException.class);
		assertThat(countTagged(tag)).isZero();
	}

	@Test
	void tenThousandRowsImportWithinTheRequest() throws Exception {
		String tag = "massal" + UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 10_000; i++) {
			csv.append("Mitra Massal ")
				.append(i)
				.append(' ')
				.append(tag)
				.append(",organisasi,BUSINESS.CSR,Jasa,kecil,Jl. Contoh ")
				.append(i)
				.append(",32.04,,,,,calon,")
				.append(tag)
				.append(",Kontak ")
				.append(i)
				.append(",Staf,,\n");
		}
		long start = System.nanoTime();
		Cookie session = upload(file("besar.csv", csv.toString()));
		this.mvc.perform(get("/partners/import/preview").cookie(session).with(staff()))
			.andExpect(content().string(containsString("10.000 baris, 10.000 tanpa masalah, 0 bermasalah")));
		long previewed = System.nanoTime();
		this.mvc.perform(post("/partners/import/confirm").cookie(session).with(staff()).with(csrf()))
			.andExpect(redirectedUrl("/partners"));
		long written = System.nanoTime();
		System.out.printf("10,000-row import: upload+preview %d ms, confirm (check+write) %d ms%n",
				(previewed - start) / 1_000_000, (written - previewed) / 1_000_000);
		assertThat(countTagged(tag)).isEqualTo(10_000);
	}

	Cookie upload(MockMultipartFile file) throws Exception {
		Cookie session = this.mvc.perform(multipart("/partners/import").file(file).with(staff()).with(csrf()))
			.andExpect(redirectedUrl("/partners/import/preview"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	static PartnerImport.Row row(int number, String name, String category, String tag) {
		return new PartnerImport.Row(number, List.of(),
				new PartnerDetails(PartnerKind.ORGANISATION, name, category, null, null, null, null, null, null, null,
						null, null, null, null, null, List.of(), false, null, null, PartnerStatus.CANDIDATE,
						List.of(tag), null),
				null, List.of());
	}

}
