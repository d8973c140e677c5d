package id.jejaring.agreement;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.SignedInWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo agreements for LKP Terampil Mandiri (Bandung), one in every status, on the demo
 * partnerships at or past the agreement stage: the MoU in force with the manpower office
 * and the PKS with the BLK under it (cycle 2), last year's MoU of cycle 1 expired, the
 * HARPI MoU expired and renewed with an addendum, the PKS with PT Sinar Garmen ending
 * within 30 days, the cooperative's PKS extended unchanged (signed, in force next month),
 * the PT Kahatex MoU terminated, the bank bjb CSR draft with two versions (the first sent
 * to the bank), and the education office's PKS ready to sign. Dates are relative to
 * today, so the statuses hold whenever the demo is loaded. LKP Cipta Karya (Semarang) has
 * one draft.
 */
@Component
@Order(70)
class AgreementDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgreementDemoData.class);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Partnerships partnerships;

	private final Partners partners;

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final AgreementScanRepository scans;

	private final AgreementNumbers numbers;

	private final AgreementSettingsManagement settings;

	private final ClauseLibrary library;

	private final UserDetailsService userDetails;

	private final TransactionTemplate transaction;

	private final AgreementReminders reminders;

	private final Clock clock;

	AgreementDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Partnerships partnerships, Partners partners, AgreementRepository agreements,
			AgreementVersionRepository versions, AgreementScanRepository scans, AgreementNumbers numbers,
			AgreementSettingsManagement settings, ClauseLibrary library, UserDetailsService userDetails,
			TransactionTemplate transaction, AgreementReminders reminders, Clock clock) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.partnerships = partnerships;
		this.partners = partners;
		this.agreements = agreements;
		this.versions = versions;
		this.scans = scans;
		this.numbers = numbers;
		this.settings = settings;
		this.library = library;
		this.userDetails = userDetails;
		this.transaction = transaction;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		load("K5651234", "pengelola.bandung", this::bandung);
		load("K5659876", "pengelola.semarang", this::semarang);
	}

	private void load(String npsn, String manager, java.util.function.Consumer<Demo> loader) {
		UUID institution = this.institutions.findByNpsn(npsn).map(Institution::getId).orElse(null);
		if (institution == null) {
			return;
		}
		SignedInWork.run(this.userDetails.loadUserByUsername(manager), institution, () -> {
			Boolean loaded = this.transaction.execute((status) -> {
				if (this.agreements.count() > 0) {
					return false;
				}
				loader.accept(new Demo(this.institutions.current()));
				log.info("Demo agreements loaded for {}", npsn);
				return true;
			});
			if (Boolean.TRUE.equals(loaded)) {
				// the reminders the daily job would have sent, so the demo shows them
				// at once
				this.reminders.remindHere(LocalDate.now(this.clock.withZone(Agreements.WIB)));
			}
		});
	}

	private void bandung(Demo demo) {
		this.settings
			.save(new AgreementSettings.Values(AgreementSettings.DEFAULT_FORMAT, "LKP-TM", 30, List.of(90, 30, 7)));
		Optional<Partnership> cycle1 = demo.partnership("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 1);
		Optional<Partnership> cycle2 = demo.partnership("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 2);
		Optional<Partnership> internship = demo
			.partnership("Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya", 1);
		Optional<Partnership> equipment = demo.partnership("Bantuan mesin jahit industri dari CSR bank bjb", 1);
		Optional<Partnership> grant = demo.partnership("Bantuan program PKW tas rajut dari Dinas Pendidikan", 1);
		Optional<Partnership> marketing = demo
			.partnership("Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita", 1);
		Optional<Partnership> bridal = demo
			.partnership("Penguji praktik dan produk rias pengantin bersama HARPI Melati", 1);
		Optional<Partnership> practice = demo.partnership("Praktik kerja industri di PT Kahatex Rancaekek", 1);
		if (List.of(cycle1, cycle2, internship, equipment, grant, marketing, bridal, practice)
			.stream()
			.anyMatch(Optional::isEmpty)) {
			log.info("Demo partnerships missing; no demo agreements");
			return;
		}
		LocalDate today = demo.today;

		// Cycle 2 with the manpower office: the MoU in force and the PKS with the BLK
		// under it.
		Agreement mou = demo.signed(cycle2.get(), AgreementKind.MOU, null,
				"Nota Kesepahaman Pengembangan Pelatihan Berbasis Kompetensi",
				List.of("Drs. H. Asep Kusnadi, M.Si.", "Kepala Dinas Tenaga Kerja Kabupaten Bandung"),
				"Dinas Tenaga Kerja Kabupaten Bandung", today.minusDays(325), today.plusDays(770), "560/412/Disnaker");
		demo.signed(cycle2.get(), AgreementKind.PKS, mou.getId(),
				"Perjanjian Kerja Sama Penggunaan Bengkel Jahit dan Instruktur BLK Tahun 2026",
				List.of("Ir. Rahmat Hidayat", "Kepala UPTD Balai Latihan Kerja"),
				"UPTD Balai Latihan Kerja Kabupaten Bandung", today.minusDays(295), today.plusDays(70), null);

		// Cycle 1: last year's three-party MoU, expired and not renewed (cycle 2 has its
		// own).
		demo.signed(cycle1.get(), AgreementKind.MOU, null,
				"Nota Kesepahaman Dukungan Instruktur dan Bengkel BLK untuk Kelas Menjahit",
				List.of("Drs. H. Asep Kusnadi, M.Si.", "Kepala Dinas Tenaga Kerja Kabupaten Bandung"),
				"Dinas Tenaga Kerja Kabupaten Bandung", today.minusDays(600), today.minusDays(326), "560/118/Disnaker");

		// HARPI: the MoU expired last year and was renewed with an addendum.
		Agreement harpi = demo.signed(bridal.get(), AgreementKind.MOU, null,
				"Nota Kesepahaman Penguji Praktik dan Produk Rias Pengantin",
				List.of("Hj. Nenden Sumiati", "Ketua HARPI Melati Kabupaten Bandung"),
				"Ikatan Penata Rias Pengantin HARPI Melati Kab. Bandung", today.minusDays(690), today.minusDays(326),
				null);
		Agreement addendum = demo.draft(bridal.get(), AgreementKind.ADDENDUM, harpi.getId(), harpi.getId(),
				RenewalKind.ADDENDUM, "Addendum Nota Kesepahaman Penguji Praktik dan Produk Rias Pengantin",
				List.of("Hj. Nenden Sumiati", "Ketua HARPI Melati Kabupaten Bandung"),
				"Ikatan Penata Rias Pengantin HARPI Melati Kab. Bandung", today.minusDays(325), today.plusDays(40),
				List.of(new Clause(ClauseType.AMENDMENT, "Perubahan",
						"PARA PIHAK sepakat memperpanjang Nota Kesepahaman Nomor " + harpi.getLetterNumber()
								+ " selama satu tahun dan menambah penguji praktik tata rias muslimah.")));
		demo.sign(addendum, today.minusDays(318));
		harpi.supersededBy(addendum.getId());

		// PT Sinar Garmen: the internship PKS ends within 30 days.
		demo.signed(internship.get(), AgreementKind.PKS, null,
				"Perjanjian Kerja Sama Magang dan Penyerapan Lulusan Menjahit",
				List.of("Hendra Gunawan", "Manajer HRD PT Sinar Garmen Majalaya"), "PT Sinar Garmen Majalaya",
				today.minusDays(342), today.plusDays(23), "045/HRD-SGM/XII/2025");

		// The cooperative: the PKS ends in 8 days and is already extended unchanged.
		Agreement cooperative = demo.signed(marketing.get(), AgreementKind.PKS, null,
				"Perjanjian Kerja Sama Pemasaran Tas Rajut dan Dana Bergulir",
				List.of("Ibu Tati Rohayati", "Ketua Koperasi Wanita Sejahtera Ciparay"),
				"Koperasi Wanita Sejahtera Ciparay", today.minusDays(356), today.plusDays(8), null);
		Agreement extension = demo.draft(marketing.get(), AgreementKind.PKS, null, cooperative.getId(),
				RenewalKind.EXTENSION, cooperative.getTitle(),
				List.of("Ibu Tati Rohayati", "Ketua Koperasi Wanita Sejahtera Ciparay"),
				"Koperasi Wanita Sejahtera Ciparay", today.plusDays(9), today.plusDays(373), List.of());
		demo.sign(extension, today.minusDays(4));
		cooperative.supersededBy(extension.getId());

		// PT Kahatex: the MoU was terminated when the factory moved its sewing line.
		Agreement kahatex = demo.signed(practice.get(), AgreementKind.MOU, null,
				"Nota Kesepahaman Praktik Kerja Industri", List.of("Yudi Prasetyo", "Kepala Bagian Diklat PT Kahatex"),
				"PT Kahatex Rancaekek", today.minusDays(480), today.plusDays(250), null);
		kahatex.terminate(today.minusDays(420),
				"Lini produksi jahit dipindahkan ke pabrik Subang; praktik dihentikan dan dijajaki ulang untuk lini baru.");

		// bank bjb: the CSR MoU in drafting, two versions, the first sent to the bank.
		Agreement bjb = demo.draft(equipment.get(), AgreementKind.MOU, null, null, null,
				"Nota Kesepahaman Bantuan Mesin Jahit Industri melalui Program CSR",
				List.of("Dedi Firmansyah", "Pemimpin Cabang Bank bjb Soreang"), "Bank bjb Cabang Soreang",
				today.plusDays(30), today.plusDays(395), List.of());
		AgreementVersion first = this.versions.findByAgreementIdAndNumber(bjb.getId(), 1).orElseThrow();
		first.sent(today.minusDays(20), "Dedi Firmansyah (dedi.firmansyah@bankbjb.co.id)",
				"Dikirim lewat surel untuk ditelaah bagian hukum bank.");
		List<Clause> revised = new ArrayList<>(bjb.clauses());
		for (int i = 0; i < revised.size(); i++) {
			if (revised.get(i).type() == ClauseType.FUNDING) {
				revised.set(i, new Clause(ClauseType.FUNDING, "Pembiayaan",
						"PIHAK KEDUA menyalurkan dana CSR senilai Rp150.000.000 (seratus lima puluh juta rupiah) "
								+ "untuk pengadaan 12 mesin jahit industri high speed; biaya perawatan mesin "
								+ "ditanggung PIHAK PERTAMA."));
			}
		}
		AgreementDetails terms = bjb.details();
		bjb.update(new AgreementDetails(terms.title(), terms.partnerNumber(), terms.place(), null,
				terms.effectiveFrom(), terms.effectiveUntil(), terms.parties(), revised));
		this.versions.save(AgreementVersion.of(bjb));

		// The education office: the PKW grant agreement is ready to sign; the office
		// signed.
		Agreement pkw = demo.draft(grant.get(), AgreementKind.PKS, null, null, null,
				"Perjanjian Kerja Sama Bantuan Program Pendidikan Kecakapan Wirausaha Tas Rajut",
				List.of("Dr. Hj. Ruli Hadiana, M.Pd.", "Kepala Dinas Pendidikan Kabupaten Bandung"),
				"Dinas Pendidikan Kabupaten Bandung", today.plusDays(14), today.plusDays(200), List.of());
		demo.number(pkw, today.minusDays(6));
		pkw.signParty(1, today.minusDays(2));
	}

	private void semarang(Demo demo) {
		this.settings
			.save(new AgreementSettings.Values("{seq}/{kind}/{unit}/{month}/{year}", "LKP-CK", 30, List.of(60, 14)));
		demo.partnership("Magang tata boga di Hotel Ciputra Semarang", 1)
			.ifPresent((internship) -> demo.draft(internship, AgreementKind.MOU, null, null, null,
					"Nota Kesepahaman Magang Tata Boga", List.of("Bambang Sutrisno", "Executive Chef"),
					"Hotel Ciputra Semarang", demo.today.plusDays(30), demo.today.plusDays(395), List.of()));
	}

	/** A small real PDF standing in for the scan of a signed copy. */
	static byte[] scanPdf(String title) {
		String text = title.replaceAll("[^A-Za-z0-9 .,/-]", " ");
		String stream = "BT /F1 12 Tf 72 720 Td (Pindaian dokumen bertanda tangan) Tj 0 -20 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private final class Demo {

		private final LocalDate today = LocalDate.now(AgreementDemoData.this.clock.withZone(Agreements.WIB));

		private final Institution institution;

		Demo(Institution institution) {
			this.institution = institution;
		}

		Optional<Partnership> partnership(String title, int cycle) {
			return AgreementDemoData.this.partnerships
				.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
				.stream()
				.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
				.findFirst();
		}

		/**
		 * A draft between the institution and one partner of the partnership, with the
		 * library's articles followed by the given ones, and its first version.
		 */
		Agreement draft(Partnership partnership, AgreementKind kind, UUID parentId, UUID previousId,
				RenewalKind renewal, String title, List<String> signatory, String partnerName, LocalDate from,
				LocalDate until, List<Clause> extra) {
			Partner partner = partnership.partnerIds()
				.stream()
				.map(AgreementDemoData.this.partners::get)
				.filter((p) -> p.getName().equals(partnerName))
				.findFirst()
				.orElseThrow();
			List<AgreementDetails.Party> parties = List.of(
					new AgreementDetails.Party(null, this.institution.getName(), this.institution.getHeadName(),
							"Pimpinan " + this.institution.getName()),
					new AgreementDetails.Party(partner.getId(), partner.getName(), signatory.get(0), signatory.get(1)));
			List<Clause> clauses = new ArrayList<>(extra);
			clauses.addAll(AgreementDemoData.this.library.clauses());
			Agreement agreement = AgreementDemoData.this.agreements
				.saveAndFlush(new Agreement(partnership.getId(), kind, parentId, previousId, renewal,
						new AgreementDetails(title, null, place(), null, from, until, parties, clauses)));
			AgreementDemoData.this.versions.save(AgreementVersion.of(agreement));
			return agreement;
		}

		private String place() {
			return this.institution.getName().contains("Cipta Karya") ? "Semarang" : "Kabupaten Bandung";
		}

		/** Gives the letter number as of the day it was marked ready. */
		void number(Agreement agreement, LocalDate readyOn) {
			AgreementNumbers.Number number = AgreementDemoData.this.numbers.next(agreement.getKind(), readyOn);
			agreement.markReady(instant(readyOn), number.year(), number.seq(), number.text());
		}

		/** Numbered, both parties signed on the day, the scan kept, marked signed. */
		void sign(Agreement agreement, LocalDate signedOn) {
			number(agreement, signedOn.minusDays(7));
			for (int i = 0; i < agreement.getParties().size(); i++) {
				agreement.signParty(i, signedOn);
			}
			AgreementDetails terms = agreement.details();
			agreement.update(new AgreementDetails(terms.title(), terms.partnerNumber(), terms.place(), signedOn,
					terms.effectiveFrom(), terms.effectiveUntil(), terms.parties(), terms.clauses()));
			AgreementDemoData.this.scans.save(new AgreementScan(agreement.getId(), "pindaian-bertanda-tangan.pdf",
					"application/pdf", scanPdf(agreement.getTitle())));
			agreement.markSigned(instant(signedOn));
		}

		Agreement signed(Partnership partnership, AgreementKind kind, UUID parentId, String title,
				List<String> signatory, String partnerName, LocalDate from, LocalDate until, String partnerNumber) {
			Agreement agreement = draft(partnership, kind, parentId, null, null, title, signatory, partnerName, from,
					until, List.of());
			if (partnerNumber != null) {
				AgreementDetails terms = agreement.details();
				agreement.update(new AgreementDetails(terms.title(), partnerNumber, terms.place(), null,
						terms.effectiveFrom(), terms.effectiveUntil(), terms.parties(), terms.clauses()));
			}
			sign(agreement, from.minusDays(5));
			return agreement;
		}

		private Instant instant(LocalDate day) {
			return day.atTime(10, 0).atZone(Agreements.WIB).toInstant();
		}

	}

}
