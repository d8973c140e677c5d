package id.jejaring.report;

import java.io.IOException;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipMother;
import id.jejaring.partnership.Partnerships;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership report read back from its PDF: a new partnership says plainly what is
 * not there yet; the demo's first completed cycle with the manpower office and the BLK
 * shows every part — parties, agreement, plan against actual, monitoring, the joint
 * evaluation with the partners' answers recorded on their behalf, improvements and the
 * decision.
 */
@SpringBootTest
class PartnershipReportsTest {

	static final String BLK = "Dukungan instruktur dan bengkel BLK untuk kelas menjahit";

	@Autowired
	PartnershipMother mother;

	@Autowired
	Partnerships partnerships;

	@Autowired
	PartnershipReports reports;

	@Test
	void aNewPartnershipSaysWhatIsNotRecordedYet() throws IOException {
		UUID bandung = this.mother.bandung();
		Partnership partnership = this.mother.partnership(bandung);
		PartnershipReports.File file = this.mother.as(bandung, () -> this.reports.pdf(partnership.getId()));
		assertThat(file.fileName()).isEqualTo("laporan-kemitraan-siklus-1-" + partnership.getYear() + ".pdf");
		String text = text(file.content());
		assertThat(text).contains("LAPORAN KEMITRAAN", partnership.getTitle(), "A. Para pihak", "Belum ada perjanjian.",
				"Belum ada rencana kerja.", "Belum ada catatan pemantauan.", "Evaluasi bersama belum diisi.",
				"Keputusan kelanjutan belum diambil.");
	}

	@Test
	void theDemoFirstCycleShowsEveryPart() throws IOException {
		UUID bandung = this.mother.bandung();
		Partnership first = this.mother.as(bandung,
				() -> this.partnerships.list(new PartnershipFilter(null, null, null, BLK), PageRequest.of(0, 10))
					.stream()
					.filter((p) -> p.getTitle().equals(BLK) && p.getCycle() == 1)
					.findFirst()
					.orElseThrow());
		PartnershipReport report = this.mother.as(bandung, () -> this.reports.report(first.getId()));
		assertThat(report.partners()).hasSize(2);
		assertThat(report.agreements()).isNotEmpty();
		assertThat(report.progress().indicators()).isNotEmpty();
		assertThat(report.monitoring()).isNotEmpty();
		assertThat(report.evaluation().joint()).isTrue();
		assertThat(report.improvements()).isNotEmpty();
		assertThat(report.decision()).isNotNull();

		String text = text(this.mother.as(bandung, () -> this.reports.pdf(first.getId())).content());
		assertThat(text).contains("Siklus 1", "Dinas Tenaga Kerja", "UPTD Balai Latihan Kerja", "Peserta dilatih",
				"Triwulan", "atas nama mitra", "Dilanjutkan dengan perubahan", "terverifikasi");
		// the number may wrap in its table cell, which the text extraction shows as a
		// space
		assertThat(text.replace(" ", "")).contains(report.agreements().get(0).agreement().getLetterNumber());
		assertThat(text).doesNotContain("Belum ada rencana kerja.", "Evaluasi bersama belum diisi.");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
