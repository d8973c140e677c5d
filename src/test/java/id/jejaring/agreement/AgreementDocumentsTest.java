package id.jejaring.agreement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.partnership.Partnership;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated PDF and DOCX, opened again and read as text: the formal Indonesian layout
 * with the date in words, the articles, the signatories and the stamp note, and names
 * with accents and in Arabic script intact.
 */
@SpringBootTest
class AgreementDocumentsTest {

	static final String OPENING = "Pada hari ini, Minggu, tanggal dua puluh dua bulan November tahun dua ribu dua puluh enam";

	static final String PARTNER = "Yayasan Nuñez Café";

	static final String ARABIC = "عبد الله";

	@Autowired
	AgreementMother mother;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementDocuments documents;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.bandung = this.mother.partnerships().bandung();
	}

	private <T> T as(Supplier<T> work) {
		return this.mother.partnerships().as(this.bandung, work);
	}

	/**
	 * Ready to sign (so numbered), made on Sunday 22 November 2026, with a partner whose
	 * name has accents and a signatory whose name is in Arabic script.
	 */
	private Agreement agreement() {
		Partnership partnership = this.mother.partnerships().partnership(this.bandung);
		AgreementDetails base = this.mother.details(this.bandung, partnership, AgreementKind.MOU,
				LocalDate.of(2026, 12, 1));
		List<AgreementDetails.Party> parties = new ArrayList<>(base.parties());
		AgreementDetails.Party partner = parties.get(1);
		parties.set(1, new AgreementDetails.Party(partner.partnerId(), PARTNER, ARABIC, "Ketua Yayasan"));
		AgreementDetails details = new AgreementDetails(base.title(), "045/YNC/XI/2026", "Bandung",
				LocalDate.of(2026, 11, 22), base.effectiveFrom(), base.effectiveUntil(), parties, base.clauses());
		return as(() -> {
			Agreement draft = this.agreements.draft(partnership.getId(), AgreementKind.MOU, null, details);
			return this.agreements.markReady(draft.getId(), draft.getVersion());
		});
	}

	@Test
	void thePdfHasTheFormalIndonesianLayout() throws IOException {
		Agreement agreement = agreement();
		AgreementDocuments.File file = as(() -> this.documents.pdf(agreement.getId()));
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(file.fileName())
			.isEqualTo("MoU-" + agreement.getLetterNumber().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf");
		String text = pdfText(file.content());

		assertThat(text).contains("NOTA KESEPAHAMAN", "ANTARA", "LKP TERAMPIL MANDIRI", "DENGAN", "YAYASAN NUÑEZ CAFÉ");
		assertThat(text).contains("Nomor: " + agreement.getLetterNumber(), "Nomor: 045/YNC/XI/2026");
		assertThat(text).contains(OPENING);
		assertThat(text).contains("Pasal 1");
		assertThat(text).contains("Pasal " + agreement.clauses().size());
		for (Clause clause : agreement.clauses()) {
			assertThat(text).contains(clause.title());
		}
		assertThat(text).contains("selanjutnya disebut PIHAK PERTAMA", "selanjutnya disebut PIHAK KEDUA");
		// PDFBox orders a line that begins with Arabic right to left, so the partner's
		// line is checked from its name on
		assertThat(text).contains(PARTNER + ", selanjutnya disebut PIHAK KEDUA");
		assertThat(text).contains("Penanda Tangan 0", "Ketua Yayasan");
		assertThat(text).contains("berlaku sejak tanggal 1 Desember 2026 sampai dengan tanggal 30 November 2027");
		assertThat(text).contains("Bandung, 22 November 2026");
		assertThat(text).contains("Meterai Rp10.000");
		assertThat(text).doesNotContain("#");
	}

	@Test
	void arabicNamesAreShapedWithTheEmbeddedArabicFont() throws IOException {
		Agreement agreement = agreement();
		byte[] pdf = as(() -> this.documents.pdf(agreement.getId())).content();
		// PDFBox reads the joined forms back to the letters and in their logical order
		assertThat(pdfText(pdf)).contains(ARABIC);
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
		}
		assertThat(fonts).anyMatch((name) -> name.contains("NotoNaskhArabic"))
			.anyMatch((name) -> name.contains("DejaVuSerif"));
	}

	@Test
	void aDraftWithoutNumberOrDateShowsDottedBlanks() throws IOException {
		Agreement draft = this.mother.draft(this.bandung);
		AgreementDocuments.File file = as(() -> this.documents.pdf(draft.getId()));
		assertThat(file.fileName()).isEqualTo("MoU-draf.pdf");
		String text = pdfText(file.content());
		assertThat(text).contains("Nomor: ....................");
		assertThat(text).contains("Pada hari ini, ...................., tanggal ....................");
		assertThat(text).contains("Bandung, ....................");
	}

	@Test
	void theDocxSaysTheSame() throws IOException {
		Agreement agreement = agreement();
		AgreementDocuments.File file = as(() -> this.documents.docx(agreement.getId()));
		assertThat(file.fileName()).endsWith(".docx");
		String text;
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file.content()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			text = extractor.getText();
		}
		assertThat(text).contains("NOTA KESEPAHAMAN", "ANTARA", "LKP TERAMPIL MANDIRI", "YAYASAN NUÑEZ CAFÉ");
		assertThat(text).contains("Nomor: " + agreement.getLetterNumber(), "Nomor: 045/YNC/XI/2026");
		assertThat(text).contains(OPENING);
		assertThat(text).contains("Pasal 1");
		for (Clause clause : agreement.clauses()) {
			assertThat(text).contains(clause.title());
			assertThat(text).contains(clause.body().lines().findFirst().orElseThrow());
		}
		assertThat(text).contains("1. Penanda Tangan 0", "2. " + ARABIC + ", Ketua Yayasan");
		assertThat(text).contains(PARTNER, ARABIC, "Penanda Tangan 0");
		assertThat(text).contains("Meterai Rp10.000", "Bandung, 22 November 2026");
	}

	@Test
	void aSavedVersionHasItsOwnArticles() throws IOException {
		Agreement draft = this.mother.draft(this.bandung);
		AgreementDetails details = draft.details();
		List<Clause> clauses = new ArrayList<>(details.clauses());
		clauses.set(0, new Clause(ClauseType.BACKGROUND, "Latar Belakang Baru", "Teks baru\nBaris kedua"));
		as(() -> this.agreements.update(draft.getId(), draft.getVersion(),
				new AgreementDetails(details.title(), details.partnerNumber(), details.place(), details.agreementDate(),
						details.effectiveFrom(), details.effectiveUntil(), details.parties(), clauses)));
		List<AgreementVersion> versions = as(() -> this.agreements.versions(draft.getId()));
		AgreementVersion first = versions.get(versions.size() - 1);

		AgreementDocuments.File old = as(() -> this.documents.versionPdf(draft.getId(), first.getId()));
		assertThat(old.fileName()).isEqualTo("MoU-draf-versi-1.pdf");
		assertThat(pdfText(old.content())).contains("Latar Belakang").doesNotContain("Latar Belakang Baru");
		String current = pdfLines(as(() -> this.documents.pdf(draft.getId())).content());
		// each line of an article is its own paragraph
		assertThat(current).contains("Latar Belakang Baru", "Teks baru\nBaris kedua");
	}

	/** The text with its line breaks as one space, as the lines wrap where they fit. */
	static String pdfText(byte[] pdf) throws IOException {
		return pdfLines(pdf).replaceAll("\\s+", " ");
	}

	static String pdfLines(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isPositive();
			return new PDFTextStripper().getText(document).replace("\r\n", "\n");
		}
	}

}
