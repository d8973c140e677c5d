package id.jejaring.partnership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedFilter;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerFilter;
import id.jejaring.partner.Partners;
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
 * Demo partnerships. For LKP Terampil Mandiri (Kabupaten Bandung): fourteen, with at
 * least one active partnership in each of the eleven stages, parties from the demo
 * partners and the demo needs, and two years of history (stage moves, one move back with
 * its reason, interactions of many kinds with follow-ups, some due in the coming days and
 * one overdue, analyses with scores and decisions, explorations); one completed 2025
 * cycle continued as cycle 2 in 2026, one on hold and one stopped, each with its reason.
 * Three for LKP Cipta Karya (Semarang). The history is written with past dates directly,
 * as if the moves had been made then, so partnerships stand past the work plan and
 * agreement gates although those records do not exist yet. Skips an institution that
 * already has partnerships.
 */
@Component
@Order(60)
class PartnershipDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PartnershipDemoData.class);

	/** Kinds of contact made with a person, who is then named on the interaction. */
	private static final Set<InteractionKind> PERSONAL_KINDS = EnumSet.of(InteractionKind.VISIT,
			InteractionKind.MEETING, InteractionKind.AUDIENCE, InteractionKind.PRESENTATION, InteractionKind.PHONE,
			InteractionKind.WHATSAPP);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Partners partners;

	private final Needs needs;

	private final UserManagement users;

	private final UserDetailsService userDetails;

	private final PartnershipRepository partnerships;

	private final StageChangeRepository changes;

	private final InteractionRepository interactions;

	private final AnalysisRepository analyses;

	private final ExplorationRepository explorations;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PartnershipDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Partners partners, Needs needs, UserManagement users, UserDetailsService userDetails,
			PartnershipRepository partnerships, StageChangeRepository changes, InteractionRepository interactions,
			AnalysisRepository analyses, ExplorationRepository explorations, TransactionTemplate transaction,
			Clock clock) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.partners = partners;
		this.needs = needs;
		this.users = users;
		this.userDetails = userDetails;
		this.partnerships = partnerships;
		this.changes = changes;
		this.interactions = interactions;
		this.analyses = analyses;
		this.explorations = explorations;
		this.transaction = transaction;
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
		UUID institution = this.institutions.findByNpsn(npsn).map((i) -> i.getId()).orElse(null);
		if (institution == null) {
			return;
		}
		SignedInWork.run(this.userDetails.loadUserByUsername(manager), institution,
				() -> this.transaction.executeWithoutResult((status) -> {
					if (this.partnerships.count() == 0) {
						loader.accept(new Demo());
						log.info("Demo partnerships loaded for {}", npsn);
					}
				}));
	}

	private void bandung(Demo demo) {
		UUID manager = demo.user("pengelola.bandung");
		UUID staff = demo.user("staf.bandung");
		Partner disnaker = demo.partner("Dinas Tenaga Kerja Kabupaten Bandung");
		Partner blk = demo.partner("UPTD Balai Latihan Kerja Kabupaten Bandung");
		Partner disdik = demo.partner("Dinas Pendidikan Kabupaten Bandung");
		Partner sinar = demo.partner("PT Sinar Garmen Majalaya");
		Partner kahatex = demo.partner("PT Kahatex Rancaekek");
		Partner cosmetics = demo.partner("CV Ayu Kosmetika (distributor Wardah Bandung Selatan)");
		Partner bjb = demo.partner("Bank bjb Cabang Soreang");
		Partner bri = demo.partner("BRI Unit Majalaya");
		Partner cooperative = demo.partner("Koperasi Wanita Sejahtera Ciparay");
		Partner smk = demo.partner("SMK Negeri 1 Katapang");
		Partner pesantren = demo.partner("Pondok Pesantren Al-Ittifaq Ciwidey");
		Partner lsp = demo.partner("LSP Tata Rias Indonesia");
		Partner pkk = demo.partner("TP PKK Kabupaten Bandung");
		Partner harpi = demo.partner("Ikatan Penata Rias Pengantin HARPI Melati Kab. Bandung");
		Partner village = demo.partner("Bapak H. Dedi Supriadi (Kepala Desa Sukamaju)");
		Partner baznas = demo.partner("BAZNAS Kabupaten Bandung");
		Need machines = demo.need("Mesin jahit industri high speed");
		Need assessor = demo.need("Asesor kompetensi tata rias pengantin (LSP)");
		Need placement = demo.need("Tempat magang di perusahaan garmen bagi lulusan menjahit");
		Need capital = demo.need("Modal usaha bagi lulusan tas rajut");
		if (Arrays
			.asList(disnaker, blk, disdik, sinar, kahatex, cosmetics, bjb, bri, cooperative, smk, pesantren, lsp, pkk,
					harpi, village, baznas)
			.contains(null)) {
			log.info("Demo partners missing; no demo partnerships");
			return;
		}

		// Completed at follow-up: cycle 1 (2025), the manpower office and the BLK
		// supported
		// the sewing classes; its follow-up decided to continue, as cycle 2 below.
		Partnership blkSupport = demo.partnership("Dukungan instruktur dan bengkel BLK untuk kelas menjahit",
				PartnershipPattern.OPERATIONAL_COOPERATION, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"Disnaker menugaskan instruktur BLK bersertifikat BNSP mengajar 2 hari per minggu dan meminjamkan "
						+ "bengkel jahit untuk praktik mesin industri.",
				List.of(party(disnaker, "Pembina program dan penyandang dana uji kompetensi"),
						party(blk, "Penyedia instruktur dan bengkel jahit")),
				needs(machines), Set.of(NeedAspect.STAFF, NeedAspect.FACILITIES), 2025, 720);
		demo.followUp(blkSupport, disnaker, 715, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Permohonan audiensi program pelatihan berbasis kompetensi",
				"Surat permohonan audiensi kepada Kepala Dinas Tenaga Kerja dikirim.", "Diterima bagian umum.",
				"Menanyakan jadwal audiensi ke sekretariat Disnaker", -708, staff, true);
		demo.contact(blkSupport, blk, 702, InteractionKind.VISIT, InteractionApproach.INFORMAL,
				"Melihat bengkel jahit BLK",
				"Kunjungan ke bengkel jahit BLK bersama Kepala UPTD; 24 mesin industri, 10 jarang dipakai.",
				"BLK terbuka meminjamkan bengkel pada hari Selasa dan Kamis.");
		demo.contact(blkSupport, disnaker, 668, InteractionKind.AUDIENCE, InteractionApproach.FORMAL,
				"Audiensi dengan Kepala Disnaker", "Profil LKP dan capaian lulusan dipresentasikan.",
				"Disnaker setuju menyusun rencana kerja bersama BLK.");
		demo.contact(blkSupport, blk, 642, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Menyusun rencana kerja 2025", "Jadwal praktik, jumlah peserta dan target uji kompetensi dibahas.",
				"Dua angkatan, 40 peserta, praktik Selasa dan Kamis.");
		demo.contact(blkSupport, disnaker, 603, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Undangan penandatanganan nota kesepahaman", "Undangan penandatanganan MoU tiga pihak dikirim.",
				"MoU ditandatangani di kantor Disnaker.");
		demo.contact(blkSupport, blk, 470, InteractionKind.PROGRESS_REPORT, InteractionApproach.FORMAL,
				"Laporan kemajuan angkatan pertama", "Laporan kehadiran dan nilai praktik dikirim ke BLK.",
				"Instruktur BLK meminta tambahan jam praktik mesin obras.");
		demo.contact(blkSupport, disnaker, 395, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Evaluasi bersama siklus 2025",
				"38 peserta dilatih, 31 lulus uji kompetensi, 19 sudah bekerja di perusahaan garmen.",
				"Jadwal praktik bentrok dengan pelatihan BLK sendiri pada bulan Agustus.");
		demo.contact(blkSupport, blk, 348, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Rencana tindak lanjut 2026", "Disepakati melanjutkan kerja sama dengan adendum MoU.",
				"Praktik dipindah ke hari Rabu dan Jumat pada siklus 2026.");
		demo.analysis(blkSupport, disnaker, 4, 4, 4, 5, AnalysisDecision.PROCEED,
				"Program pelatihan berbasis kompetensi Disnaker sejalan dengan kelas menjahit kita.");
		demo.analysis(blkSupport, blk, 5, 4, 4, 5, AnalysisDecision.PROCEED,
				"Instruktur bersertifikat dan bengkel lengkap; jaraknya 3 km dari LKP.");
		demo.exploration(blkSupport, 668, ExplorationFormat.AUDIENCE, "Kepala Disnaker, Kepala UPTD BLK, pengelola LKP",
				"Kelas menjahit busana dengan praktik di bengkel BLK dan uji kompetensi bersama",
				"Disnaker mendukung; BLK meminta jadwal praktik tetap.", ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(blkSupport, step(Stage.INFORMATION_GATHERING, 705), step(Stage.ANALYSIS, 680),
				step(Stage.EXPLORATION, 665), step(Stage.JOINT_WORK_PLAN, 640), step(Stage.AGREEMENT, 620),
				step(Stage.SIGNING, 605), step(Stage.IMPLEMENTATION, 585), step(Stage.MONITORING_EVALUATION, 400),
				step(Stage.IMPROVEMENT, 372), step(Stage.FOLLOW_UP, 345));
		blkSupport.changeStatus(PartnershipStatus.COMPLETED,
				"Siklus 2025 selesai: 31 dari 38 peserta lulus uji kompetensi; dilanjutkan sebagai siklus 2026 "
						+ "dengan adendum MoU.");

		// 9. Monitoring and evaluation: the second yearly cycle with Disnaker and the
		// BLK.
		Partnership blkCycle2 = demo.nextCycle(blkSupport, 2, 2026, 320, Stage.JOINT_WORK_PLAN,
				"Siklus 2 dari rencana tindak lanjut 2025: mitra dan analisis tetap, rencana kerja 2026 disusun.");
		demo.contact(blkCycle2, blk, 318, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Menyusun rencana kerja 2026", "Target 2026: 40 peserta, 35 lulus uji kompetensi.",
				"Praktik Rabu dan Jumat; BLK menambah 4 mesin obras.");
		demo.contact(blkCycle2, disnaker, 295, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Adendum MoU siklus 2026", "Draf adendum dengan jadwal dan target baru dikirim.",
				"Adendum ditandatangani Kepala Disnaker.");
		demo.contact(blkCycle2, blk, 180, InteractionKind.PROGRESS_REPORT, InteractionApproach.FORMAL,
				"Laporan kemajuan angkatan 1 tahun 2026", "Kehadiran 94%, 18 dari 20 peserta lulus praktik.",
				"BLK mengusulkan uji kompetensi dipercepat.");
		demo.contact(blkCycle2, blk, 120, InteractionKind.VISIT, InteractionApproach.INFORMAL,
				"Memantau praktik di bengkel BLK", "Dua mesin industri rusak, praktik bergiliran.",
				"BLK memperbaiki mesin dalam dua minggu.");
		demo.contact(blkCycle2, disnaker, 55, InteractionKind.PROGRESS_REPORT, InteractionApproach.FORMAL,
				"Laporan kemajuan angkatan 2", "Laporan kehadiran dan hasil uji kompetensi angkatan 2 dikirim.",
				"Disnaker meminta data penempatan kerja lulusan.");
		demo.followUp(blkCycle2, disnaker, 14, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Persiapan evaluasi bersama siklus 2026", "Format evaluasi bersama dan data yang diperlukan dibahas.",
				"Evaluasi bersama dijadwalkan awal Desember.",
				"Kirim rekap kehadiran, hasil uji kompetensi dan penempatan lulusan 2026 ke Disnaker", 3, staff, false);
		demo.analysis(blkCycle2, disnaker, 5, 4, 4, 5, AnalysisDecision.PROCEED,
				"Siklus 2025 mencapai target; Disnaker menganggarkan uji kompetensi 2026.");
		demo.analysis(blkCycle2, blk, 5, 5, 4, 4, AnalysisDecision.PROCEED,
				"Instruktur konsisten hadir; jadwal bengkel perlu diatur ulang.");
		demo.exploration(blkCycle2, 319, ExplorationFormat.PRESENTATION, "Kepala bidang pelatihan, Kepala UPTD BLK",
				"Hasil siklus 2025 dan usulan kelas menjahit 2026", "Disnaker dan BLK setuju melanjutkan.",
				ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(blkCycle2, step(Stage.AGREEMENT, 300), step(Stage.SIGNING, 292), step(Stage.IMPLEMENTATION, 285),
				step(Stage.MONITORING_EVALUATION, 18));

		// 8. Implementation: internships and hiring at the garment company.
		Partnership internship = demo.partnership("Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya",
				PartnershipPattern.NURTURING, PartnershipStrategy.LONG_TERM_VISION, staff,
				"Magang satu bulan untuk 20 peserta per angkatan; lulusan terbaik direkrut sebagai operator jahit.",
				List.of(party(sinar, "Penyedia tempat magang dan pengguna lulusan")), needs(placement),
				Set.of(NeedAspect.JOINT_PROGRAM, NeedAspect.USE_OF_OUTPUTS), 2026, 560);
		demo.contact(internship, sinar, 555, InteractionKind.PHONE, InteractionApproach.PERSONAL,
				"Menanyakan program CSR pendidikan vokasi", "Bagian HRD menjelaskan dana CSR vokasi tahunan.",
				"Diminta mengirim profil lembaga.");
		demo.contact(internship, sinar, 540, InteractionKind.EMAIL, InteractionApproach.FORMAL,
				"Mengirim profil lembaga dan data lulusan", "Profil LKP dan data 3 angkatan terakhir dikirim.",
				"HRD akan menjadwalkan presentasi.");
		demo.contact(internship, sinar, 505, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Diskusi kebutuhan operator jahit", "Perusahaan kekurangan 40 operator jahit per tahun.",
				"Sepakat menjajaki magang.");
		demo.contact(internship, sinar, 470, InteractionKind.PRESENTATION, InteractionApproach.FORMAL,
				"Presentasi program magang", "Program magang 20 peserta dipresentasikan kepada HRD dan produksi.",
				"Menunggu persetujuan direksi untuk anggaran pembimbing.");
		demo.contact(internship, sinar, 422, InteractionKind.MEETING, InteractionApproach.FORMAL, "Jawaban direksi",
				"Direksi menyetujui pembimbing magang dari kepala regu produksi.", "Rencana kerja disusun bersama.");
		demo.contact(internship, sinar, 335, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Penandatanganan perjanjian kerja sama", "PKS magang dan penyerapan lulusan ditandatangani.",
				"Angkatan pertama magang mulai Februari 2026.");
		demo.contact(internship, sinar, 250, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Memantau peserta magang angkatan pertama", "20 peserta magang di lini jahit kemeja.",
				"Dua peserta perlu tambahan latihan mesin obras.");
		demo.contact(internship, sinar, 90, InteractionKind.PROGRESS_REPORT, InteractionApproach.FORMAL,
				"Laporan magang angkatan kedua", "12 dari 20 peserta angkatan kedua direkrut sebagai operator.",
				"HRD puas dengan kedisiplinan peserta.");
		demo.followUp(internship, sinar, 6, InteractionKind.WHATSAPP, InteractionApproach.INFORMAL,
				"Jadwal magang angkatan Januari 2027", "HRD menanyakan jumlah peserta angkatan berikutnya.",
				"Perusahaan siap menerima 20 peserta.",
				"Konfirmasi nama 20 peserta magang angkatan Januari 2027 ke HRD", 5, staff, false);
		demo.analysis(internship, sinar, 4, 3, 4, 5, AnalysisDecision.PROCEED,
				"Perusahaan membutuhkan operator jahit dan punya dana CSR vokasi.");
		demo.exploration(internship, 470, ExplorationFormat.PRESENTATION, "Manajer HRD, kepala produksi, pengelola LKP",
				"Magang 20 peserta per angkatan dengan pembimbing dari perusahaan",
				"Perusahaan tertarik, menunggu persetujuan direksi untuk anggaran pembimbing.",
				ExplorationOutcome.NEEDS_TIME);
		demo.exploration(internship, 422, ExplorationFormat.AUDIENCE, "Direktur operasional, manajer HRD",
				"Magang dan penyerapan lulusan terbaik sebagai operator jahit", "Direksi menyetujui.",
				ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(internship, step(Stage.INFORMATION_GATHERING, 550), step(Stage.ANALYSIS, 510),
				step(Stage.EXPLORATION, 480), step(Stage.JOINT_WORK_PLAN, 420), step(Stage.AGREEMENT, 380),
				step(Stage.SIGNING, 345), step(Stage.IMPLEMENTATION, 330));

		// 6. Agreement: sewing machines from the bank's CSR.
		Partnership equipment = demo.partnership("Bantuan mesin jahit industri dari CSR bank bjb",
				PartnershipPattern.FOSTER_PARENT, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"Hibah 7 mesin jahit industri high speed melalui program CSR bjb, dengan laporan penggunaan tiap "
						+ "semester.",
				List.of(party(bjb, "Penyandang dana CSR peralatan")), needs(machines), Set.of(NeedAspect.FACILITIES),
				2026, 262);
		demo.contact(equipment, bjb, 255, InteractionKind.VISIT, InteractionApproach.PERSONAL,
				"Berkenalan dengan petugas CSR cabang", "Program CSR pendidikan bjb dijelaskan.",
				"Diminta mengirim proposal peralatan.");
		demo.contact(equipment, bjb, 240, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Proposal bantuan 7 mesin jahit industri", "Proposal dengan rincian harga Rp 45,5 juta dikirim.",
				"Diteruskan ke kantor wilayah.");
		demo.contact(equipment, bjb, 215, InteractionKind.MEETING, InteractionApproach.FORMAL, "Klarifikasi proposal",
				"Kantor wilayah menanyakan jumlah peserta dan perawatan mesin.", "Proposal lolos seleksi awal.");
		demo.contact(equipment, bjb, 182, InteractionKind.PRESENTATION, InteractionApproach.FORMAL,
				"Presentasi profil LKP di kantor cabang", "Capaian lulusan dan rencana pemakaian mesin dipaparkan.",
				"Bank setuju menyusun rencana kerja.");
		demo.contact(equipment, bjb, 150, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Menyusun rencana kerja bantuan", "Jadwal pengadaan, serah terima dan pelaporan disepakati.",
				"Serah terima direncanakan Desember 2026.");
		demo.contact(equipment, bjb, 95, InteractionKind.EMAIL, InteractionApproach.FORMAL, "Mengirim draf MoU",
				"Draf MoU hibah peralatan dikirim ke bagian hukum.", "Menunggu tanggapan.");
		demo.contact(equipment, bjb, 40, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Pembahasan draf MoU dengan bagian hukum",
				"Bagian hukum meminta klausul perawatan mesin dan laporan penggunaan tiap semester.",
				"LKP merevisi draf.");
		demo.followUp(equipment, bjb, 12, InteractionKind.PHONE, InteractionApproach.PERSONAL,
				"Menanyakan batas waktu revisi MoU", "Petugas CSR meminta revisi dikirim sebelum tutup buku.",
				"Revisi ditunggu pekan depan.",
				"Kirim draf MoU revisi (klausul perawatan mesin dan laporan semester) ke bagian hukum bjb", -4, manager,
				false);
		demo.analysis(equipment, bjb, 4, 4, 5, 4, AnalysisDecision.PROCEED,
				"CSR bjb mendanai peralatan pendidikan vokasi di kabupaten.");
		demo.exploration(equipment, 182, ExplorationFormat.PRESENTATION, "Pemimpin cabang, petugas CSR, pengelola LKP",
				"Hibah 7 mesin jahit industri dan laporan penggunaan", "Bank mendukung.",
				ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(equipment, step(Stage.INFORMATION_GATHERING, 250), step(Stage.ANALYSIS, 212),
				step(Stage.EXPLORATION, 195), step(Stage.JOINT_WORK_PLAN, 170), step(Stage.AGREEMENT, 98));

		// 7. Signing: the education office's PKW grant for the knitting class.
		Partnership grant = demo.partnership("Bantuan program PKW tas rajut dari Dinas Pendidikan",
				PartnershipPattern.AS_NEEDED, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"Bantuan PKW untuk 15 peserta tas rajut, termasuk paket modal usaha bagi lulusan.",
				List.of(party(disdik, "Penyandang dana program PKW")), needs(capital),
				Set.of(NeedAspect.FUNDS, NeedAspect.JOINT_PROGRAM), 2026, 330);
		demo.contact(grant, disdik, 325, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Proposal bantuan PKW 2026", "Proposal PKW tas rajut untuk 15 peserta dikirim.", "Diterima.");
		demo.contact(grant, disdik, 316, InteractionKind.VISIT, InteractionApproach.FORMAL, "Verifikasi lapangan",
				"Tim bidang PNF memeriksa ruang dan bahan praktik.", "LKP memenuhi syarat.");
		demo.contact(grant, disdik, 272, InteractionKind.AUDIENCE, InteractionApproach.FORMAL,
				"Audiensi dengan Kepala Bidang PNF", "Program PKW dan rencana pendampingan usaha dipaparkan.",
				"Bidang PNF menyetujui.");
		demo.contact(grant, disdik, 238, InteractionKind.MEETING, InteractionApproach.FORMAL, "Rencana kerja PKW",
				"Jadwal pelatihan dan penyaluran modal usaha disepakati.", "Draf PKS disusun.");
		demo.contact(grant, disdik, 150, InteractionKind.EMAIL, InteractionApproach.FORMAL, "Revisi draf PKS",
				"Revisi pasal pelaporan keuangan dikirim.", "Disetujui bagian hukum.");
		demo.followUp(grant, disdik, 4, InteractionKind.PHONE, InteractionApproach.INFORMAL,
				"Menanyakan jadwal tanda tangan", "PKS sudah ditandatangani LKP dan menunggu Kepala Dinas.",
				"Kepala Dinas dinas luar sampai akhir pekan.", "Jadwalkan penandatanganan PKS dengan Kepala Dinas", 6,
				manager, false);
		demo.analysis(grant, disdik, 4, 5, 4, 4, AnalysisDecision.PROCEED,
				"Bantuan PKW rutin tiap tahun dan mencakup modal usaha lulusan.");
		demo.exploration(grant, 272, ExplorationFormat.AUDIENCE, "Kepala Bidang PNF, pengelola LKP",
				"Kelas PKW tas rajut dengan pendampingan usaha", "Dinas mendukung.", ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(grant, step(Stage.INFORMATION_GATHERING, 320), step(Stage.ANALYSIS, 290),
				step(Stage.EXPLORATION, 280), step(Stage.JOINT_WORK_PLAN, 268), step(Stage.AGREEMENT, 200),
				step(Stage.SIGNING, 36));

		// 5. Joint work plan: BAZNAS scholarships and starting capital for mustahik.
		Partnership scholarships = demo.partnership("Beasiswa dan modal usaha bagi mustahik bersama BAZNAS",
				PartnershipPattern.AS_NEEDED, PartnershipStrategy.MISSION_IMPLEMENTATION, staff,
				"Beasiswa kelas tas rajut dan modal usaha awal bagi 15 mustahik.",
				List.of(party(baznas, "Penyandang beasiswa dan modal usaha")), needs(capital), Set.of(NeedAspect.FUNDS),
				2026, 210);
		demo.contact(scholarships, baznas, 205, InteractionKind.PHONE, InteractionApproach.PERSONAL,
				"Menanyakan program beasiswa pelatihan", "Program Bandung Makmur BAZNAS dijelaskan.",
				"Diundang ke kantor.");
		demo.contact(scholarships, baznas, 196, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Kunjungan ke kantor BAZNAS", "Syarat penerima dan verifikasi mustahik dijelaskan.",
				"Kuota 15 orang tahun 2026.");
		demo.contact(scholarships, baznas, 179, InteractionKind.GREETING, InteractionApproach.PERSONAL,
				"Ucapan Idul Adha", "Ucapan Idul Adha kepada pimpinan BAZNAS dikirim.", null);
		demo.contact(scholarships, baznas, 110, InteractionKind.PRESENTATION, InteractionApproach.FORMAL,
				"Presentasi program di rapat pimpinan BAZNAS", "Kelas tas rajut dan pendampingan usaha dipaparkan.",
				"Pimpinan setuju menyusun rencana kerja.");
		demo.contact(scholarships, baznas, 70, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Menyusun rencana kerja", "Sasaran, jadwal dan pembagian peran dibahas.",
				"BAZNAS meminta data calon peserta.");
		demo.followUp(scholarships, baznas, 28, InteractionKind.WHATSAPP, InteractionApproach.INFORMAL,
				"Data calon peserta", "BAZNAS mengirim format data mustahik.", "Data dikirim setelah verifikasi.",
				"Kirim data 15 calon peserta mustahik yang sudah diverifikasi", 10, staff, false);
		demo.analysis(scholarships, baznas, 4, 4, 4, 4, AnalysisDecision.PROCEED,
				"BAZNAS punya program beasiswa pelatihan dan modal usaha bagi mustahik.");
		demo.exploration(scholarships, 110, ExplorationFormat.PRESENTATION, "Pimpinan BAZNAS, amil program",
				"Beasiswa kelas tas rajut dan modal usaha awal", "BAZNAS setuju.", ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(scholarships, step(Stage.INFORMATION_GATHERING, 200), step(Stage.ANALYSIS, 160),
				step(Stage.EXPLORATION, 125), step(Stage.JOINT_WORK_PLAN, 72));

		// 10. Improvement: the women's cooperative sells the knitted bags and lends
		// capital.
		Partnership marketing = demo.partnership("Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita",
				PartnershipPattern.GENERAL_TRADE, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"Koperasi membeli dan memasarkan tas rajut lulusan serta menyalurkan dana bergulir Rp 2 juta per "
						+ "lulusan.",
				List.of(party(cooperative, "Pembeli produk dan penyalur dana bergulir")), needs(capital),
				Set.of(NeedAspect.FUNDS, NeedAspect.USE_OF_OUTPUTS), 2025, 600);
		demo.contact(marketing, cooperative, 595, InteractionKind.VISIT, InteractionApproach.PERSONAL,
				"Bersilaturahmi dengan ketua koperasi", "Koperasi mencari produk rajut untuk toko anggota.",
				"Tertarik pada tas rajut lulusan.");
		demo.contact(marketing, cooperative, 575, InteractionKind.MEETING, InteractionApproach.INFORMAL,
				"Diskusi dengan pengurus", "Harga beli dan dana bergulir dibahas.",
				"Pengurus membawa ke rapat anggota.");
		demo.contact(marketing, cooperative, 512, InteractionKind.PRESENTATION, InteractionApproach.FORMAL,
				"Presentasi di rapat anggota", "Contoh produk dan rencana pendampingan dipaparkan.",
				"Rapat anggota menyetujui.");
		demo.contact(marketing, cooperative, 392, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Penandatanganan PKS", "PKS pemasaran dan dana bergulir ditandatangani.", "Berlaku satu tahun.");
		demo.contact(marketing, cooperative, 250, InteractionKind.PROGRESS_REPORT, InteractionApproach.FORMAL,
				"Laporan penjualan triwulan I", "120 tas terjual; 9 lulusan menerima dana bergulir.",
				"Pengembalian lancar.");
		demo.contact(marketing, cooperative, 160, InteractionKind.EVENT, InteractionApproach.INFORMAL,
				"Bazar ulang tahun koperasi", "Stan tas rajut lulusan di bazar koperasi.", "Terjual 45 tas.");
		demo.contact(marketing, cooperative, 72, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Evaluasi bersama", "Penjualan 70% dari target; pengembalian dana bergulir 92%.",
				"Desain kurang mengikuti selera pasar.");
		demo.followUp(marketing, cooperative, 20, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Rapat perbaikan", "Disepakati desain tas baru dan penjualan daring melalui marketplace.",
				"Keputusan lanjut 2027 diambil di rapat pengurus.",
				"Rapat keputusan lanjut tahun 2027 dengan pengurus koperasi", 12, manager, false);
		demo.analysis(marketing, cooperative, 4, 4, 3, 3, AnalysisDecision.PROCEED,
				"Koperasi anggotanya perempuan pengrajin; cocok untuk pasar dan modal lulusan.");
		demo.exploration(marketing, 512, ExplorationFormat.SOCIALISATION, "Pengurus dan 40 anggota koperasi",
				"Pembelian tas rajut lulusan dan dana bergulir", "Anggota setuju.", ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(marketing, step(Stage.INFORMATION_GATHERING, 580), step(Stage.ANALYSIS, 540),
				step(Stage.EXPLORATION, 520), step(Stage.JOINT_WORK_PLAN, 500), step(Stage.AGREEMENT, 440),
				step(Stage.SIGNING, 400), step(Stage.IMPLEMENTATION, 390), step(Stage.MONITORING_EVALUATION, 78),
				step(Stage.IMPROVEMENT, 21));

		// 11. Follow-up: practice examiners and make-up products for the bridal make-up
		// class.
		Partnership bridal = demo.partnership("Penguji praktik dan produk rias pengantin bersama HARPI Melati",
				PartnershipPattern.OPERATIONAL_COOPERATION, PartnershipStrategy.LONG_TERM_VISION, manager,
				"HARPI menyediakan penguji ujian praktik rias pengantin Sunda; CV Ayu Kosmetika menyediakan produk "
						+ "praktik dan demo beauty advisor.",
				List.of(party(harpi, "Penyedia penguji praktik dan jejaring kerja penata rias"),
						party(cosmetics, "Penyedia produk praktik dan demo beauty advisor")),
				needs(assessor), Set.of(NeedAspect.STAFF, NeedAspect.FACILITIES), 2025, 690);
		demo.contact(bridal, harpi, 686, InteractionKind.EVENT, InteractionApproach.INFORMAL,
				"Hadir di pertemuan bulanan HARPI", "Kelas rias pengantin LKP diperkenalkan.",
				"Ketua HARPI bersedia menjadi penguji.");
		demo.contact(bridal, cosmetics, 678, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Kunjungan ke kantor distributor", "Program edukasi dan demo produk dijelaskan supervisor area.",
				"Bersedia menyediakan produk praktik.");
		demo.contact(bridal, harpi, 632, InteractionKind.PRESENTATION, InteractionApproach.FORMAL,
				"Presentasi kelas rias pengantin", "Kurikulum dan jadwal ujian praktik dipaparkan.",
				"HARPI dan distributor setuju.");
		demo.contact(bridal, harpi, 572, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Penandatanganan MoU tiga pihak", "MoU ditandatangani di LKP.", "Berlaku sampai Desember 2026.");
		demo.contact(bridal, cosmetics, 300, InteractionKind.PROGRESS_REPORT, InteractionApproach.FORMAL,
				"Laporan ujian praktik dua angkatan", "28 peserta diuji; 25 lulus.",
				"Distributor menambah 5 set produk.");
		demo.contact(bridal, harpi, 215, InteractionKind.GREETING, InteractionApproach.PERSONAL, "Ucapan Hari Kartini",
				"Ucapan kepada pengurus HARPI dikirim.", null);
		demo.contact(bridal, harpi, 148, InteractionKind.MEETING, InteractionApproach.FORMAL, "Evaluasi bersama",
				"Ujian praktik berjalan; sertifikat LSP belum ada.", "Perlu LSP untuk sertifikat BNSP.");
		demo.contact(bridal, cosmetics, 108, InteractionKind.MEETING, InteractionApproach.FORMAL, "Rapat perbaikan",
				"Jadwal demo produk dipindah ke akhir pekan.", "Dilanjutkan tahun 2027.");
		demo.contact(bridal, harpi, 45, InteractionKind.MEETING, InteractionApproach.FORMAL, "Rencana 2027",
				"MoU diperpanjang dengan adendum jadwal ujian.", "Adendum disusun LKP.");
		demo.followUp(bridal, harpi, 8, InteractionKind.EMAIL, InteractionApproach.FORMAL, "Draf adendum MoU",
				"Draf awal adendum dibahas lewat surel.", "HARPI setuju isinya.",
				"Kirim draf adendum MoU 2027 ke HARPI dan CV Ayu Kosmetika", 1, manager, false);
		demo.analysis(bridal, harpi, 5, 4, 4, 4, AnalysisDecision.PROCEED,
				"Pengurus HARPI penata rias berpengalaman dan aktif.");
		demo.analysis(bridal, cosmetics, 4, 3, 4, 4, AnalysisDecision.PROCEED,
				"Distributor butuh pengguna produk; kita butuh bahan praktik.");
		demo.exploration(bridal, 632, ExplorationFormat.PRESENTATION, "Ketua HARPI, supervisor area distributor",
				"Penguji ujian praktik dan produk praktik", "Kedua mitra setuju.", ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(bridal, step(Stage.INFORMATION_GATHERING, 676), step(Stage.ANALYSIS, 650),
				step(Stage.EXPLORATION, 640), step(Stage.JOINT_WORK_PLAN, 625), step(Stage.AGREEMENT, 600),
				step(Stage.SIGNING, 580), step(Stage.IMPLEMENTATION, 570), step(Stage.MONITORING_EVALUATION, 150),
				step(Stage.IMPROVEMENT, 112), step(Stage.FOLLOW_UP, 44));

		// 4. Exploration: instructor exchange with the vocational school, after going
		// back
		// once because a new headmaster wanted to hear the offer again.
		Partnership exchange = demo.partnership("Pertukaran instruktur tata busana dengan SMK Negeri 1 Katapang",
				PartnershipPattern.PARALLEL, PartnershipStrategy.LONG_TERM_VISION, staff,
				"Instruktur LKP mengajar mesin industri di SMK; guru SMK mengajar desain pola di LKP; ruang praktik "
						+ "SMK dipakai untuk ujian.",
				List.of(party(smk, "Penyedia guru desain pola dan ruang praktik")), needs(machines),
				Set.of(NeedAspect.STAFF, NeedAspect.FACILITIES), 2026, 250);
		demo.contact(exchange, smk, 245, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Rapat dengan wakil kepala sekolah bidang kurikulum", "Kebutuhan guru mesin industri dibahas.",
				"Sepakat menjajaki pertukaran instruktur.");
		demo.contact(exchange, smk, 208, InteractionKind.PRESENTATION, InteractionApproach.FORMAL,
				"Presentasi pertukaran instruktur", "Jadwal dan pembagian jam mengajar dipaparkan.", "Sekolah setuju.");
		demo.contact(exchange, smk, 40, InteractionKind.AUDIENCE, InteractionApproach.FORMAL,
				"Perkenalan dengan kepala sekolah baru", "Kepala sekolah baru dilantik Oktober 2026.",
				"Ingin presentasi ulang sebelum rencana kerja disusun.");
		demo.followUp(exchange, smk, 9, InteractionKind.PRESENTATION, InteractionApproach.FORMAL,
				"Presentasi ulang kepada kepala sekolah", "Pertukaran instruktur dipaparkan ulang.",
				"Kepala sekolah membahasnya dengan komite sekolah.",
				"Telepon wakil kepala sekolah menanyakan hasil rapat komite", 3, staff, false);
		demo.analysis(exchange, smk, 4, 4, 5, 4, AnalysisDecision.PROCEED,
				"Ruang praktik SMK lengkap dan gurunya kuat di desain pola.");
		demo.exploration(exchange, 208, ExplorationFormat.PRESENTATION, "Kepala sekolah, guru tata busana",
				"Pertukaran instruktur dan pemakaian ruang praktik", "Sekolah setuju.",
				ExplorationOutcome.AGREED_TO_PLAN);
		demo.exploration(exchange, 9, ExplorationFormat.PRESENTATION, "Kepala sekolah baru, wakasek kurikulum",
				"Pertukaran instruktur dan pemakaian ruang praktik",
				"Kepala sekolah meminta waktu untuk membahas dengan komite sekolah.", ExplorationOutcome.NEEDS_TIME);
		demo.history(exchange, step(Stage.INFORMATION_GATHERING, 240), step(Stage.ANALYSIS, 225),
				step(Stage.EXPLORATION, 215), step(Stage.JOINT_WORK_PLAN, 190), back(Stage.EXPLORATION, 38,
						"Kepala sekolah baru ingin presentasi ulang sebelum rencana kerja disusun."));

		// 3. Analysis: certification of the bridal make-up graduates by the LSP.
		Partnership certification = demo.partnership(
				"Uji kompetensi tata rias pengantin bersama LSP Tata Rias Indonesia",
				PartnershipPattern.OPERATIONAL_COOPERATION, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"LSP menguji lulusan tata rias pengantin di TUK lembaga dan menerbitkan sertifikat BNSP.",
				List.of(party(lsp, "Penyedia asesor dan penerbit sertifikat")), needs(assessor),
				Set.of(NeedAspect.STAFF), 2026, 200);
		demo.contact(certification, lsp, 190, InteractionKind.EMAIL, InteractionApproach.FORMAL,
				"Menanyakan skema sertifikasi tata rias pengantin", "LSP mengirim daftar skema dan biaya uji.",
				"Biaya Rp 650.000 per peserta.");
		demo.contact(certification, lsp, 120, InteractionKind.PHONE, InteractionApproach.INFORMAL,
				"Menanyakan jadwal uji", "Lisensi BNSP LSP sedang diperpanjang.", "Dihubungi lagi setelah terbit.");
		demo.contact(certification, lsp, 60, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Kunjungan ke kantor LSP", "Lisensi terbit September 2026; syarat TUK dijelaskan.",
				"TUK butuh ruang rias dengan 6 kursi.");
		demo.followUp(certification, lsp, 22, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Verifikasi awal TUK", "Asesor melihat ruang rias LKP.",
				"Ruang memenuhi syarat, kurang 1 cermin besar.",
				"Kirim daftar 18 calon peserta uji dan foto ruang TUK ke LSP", 2, staff, false);
		demo.analysisDraft(certification, lsp);
		demo.history(certification, step(Stage.INFORMATION_GATHERING, 185), step(Stage.ANALYSIS, 22));

		// 3. On hold at analysis: the bank's KUR quota for this year is used up.
		Partnership loans = demo.partnership("Kredit Usaha Rakyat bagi lulusan tas rajut bersama BRI",
				PartnershipPattern.VENTURE_CAPITAL, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"KUR mikro bagi lulusan PKW tas rajut yang membuka usaha.",
				List.of(party(bri, "Penyalur Kredit Usaha Rakyat")), needs(capital), Set.of(NeedAspect.FUNDS), 2026,
				130);
		demo.contact(loans, bri, 125, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Kunjungan ke BRI Unit Majalaya", "Persyaratan KUR mikro dijelaskan mantri.",
				"Lulusan perlu usaha berjalan 6 bulan.");
		demo.contact(loans, bri, 100, InteractionKind.WHATSAPP, InteractionApproach.INFORMAL, "Menanyakan kuota KUR",
				"Kuota KUR unit hampir habis.", "Menunggu kepastian.");
		demo.contact(loans, bri, 86, InteractionKind.MEETING, InteractionApproach.FORMAL, "Diskusi dengan kepala unit",
				"Kuota KUR 2026 habis; dibuka lagi Januari 2027.", "Ditunda sampai kuota baru.");
		demo.analysis(loans, bri, 3, 4, 3, 5, AnalysisDecision.HOLD,
				"Kuota KUR 2026 habis dan lulusan belum 6 bulan berusaha.");
		demo.history(loans, step(Stage.INFORMATION_GATHERING, 120), step(Stage.ANALYSIS, 88));
		loans.changeStatus(PartnershipStatus.ON_HOLD,
				"Kuota KUR BRI Unit Majalaya tahun 2026 sudah habis; dilanjutkan Januari 2027 saat kuota baru dibuka.");

		// 2. Information gathering: the PKK and the village head recruit participants.
		Partnership recruits = demo.partnership("Rekrutmen peserta dan kelas rajut di Desa Sukamaju bersama TP PKK",
				PartnershipPattern.AS_NEEDED, PartnershipStrategy.MISSION_IMPLEMENTATION, staff,
				"Kader PKK merekrut peserta; kepala desa meminjamkan balai desa untuk kelas rajut tiap Sabtu.",
				List.of(party(pkk, "Rekrutmen peserta dari kader PKK dan pemasaran produk"),
						party(village, "Penyedia balai desa untuk kelas")),
				needs(capital), Set.of(NeedAspect.JOINT_PROGRAM, NeedAspect.FACILITIES), 2026, 45);
		demo.contact(recruits, pkk, 30, InteractionKind.EVENT, InteractionApproach.INFORMAL,
				"Hadir di pertemuan rutin kader PKK kecamatan", "Program tas rajut diperkenalkan kepada 35 kader.",
				"Ketua PKK meminta brosur.");
		demo.contact(recruits, village, 14, InteractionKind.VISIT, InteractionApproach.PERSONAL,
				"Bersilaturahmi ke kepala desa", "Balai desa kosong tiap Sabtu.", "Kepala desa bersedia meminjamkan.");
		demo.followUp(recruits, pkk, 5, InteractionKind.WHATSAPP, InteractionApproach.INFORMAL,
				"Undangan rapat kader desa", "Ketua PKK desa mengundang ke rapat kader.", "Diminta membawa brosur.",
				"Hadir di rapat kader PKK Desa Sukamaju dan membawa brosur kelas rajut", 4, staff, false);
		demo.history(recruits, step(Stage.INFORMATION_GATHERING, 28));

		// 1. Mapping: a sewing class for santri, no need linked yet.
		demo.partnership("Kelas menjahit bagi santri Pondok Pesantren Al-Ittifaq", PartnershipPattern.NURTURING,
				PartnershipStrategy.LONG_TERM_VISION, staff, null,
				List.of(party(pesantren, "Penyedia peserta dan tempat kelas jauh")), List.of(),
				Set.of(NeedAspect.JOINT_PROGRAM), 2026, 12);

		// Stopped at exploration: the company ended its training CSR this year.
		Partnership practice = demo.partnership("Praktik kerja industri di PT Kahatex Rancaekek",
				PartnershipPattern.FOSTER_PARENT, PartnershipStrategy.MISSION_IMPLEMENTATION, staff, null,
				List.of(party(kahatex, "Penyedia tempat praktik kerja industri")), needs(placement),
				Set.of(NeedAspect.FACILITIES), 2026, 300);
		demo.contact(practice, kahatex, 290, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Permohonan praktik kerja industri", "Surat permohonan dikirim ke bagian CSR.", "Diterima.");
		demo.contact(practice, kahatex, 268, InteractionKind.PHONE, InteractionApproach.PERSONAL,
				"Menanyakan tindak lanjut surat", "Staf CSR menjadwalkan pertemuan.", null);
		demo.analysis(practice, kahatex, 3, 3, 3, 5, AnalysisDecision.PROCEED,
				"Pabrik besar dekat peserta dari Rancaekek.");
		demo.exploration(practice, 210, ExplorationFormat.AUDIENCE, "Staf CSR, pengelola LKP",
				"Praktik kerja industri 2 minggu untuk 15 peserta",
				"Program CSR pelatihan dihentikan tahun ini karena efisiensi.", ExplorationOutcome.DECLINED);
		demo.history(practice, step(Stage.INFORMATION_GATHERING, 285), step(Stage.ANALYSIS, 260),
				step(Stage.EXPLORATION, 240));
		practice.changeStatus(PartnershipStatus.STOPPED,
				"Perusahaan menghentikan program CSR pelatihan tahun ini; dijajaki lagi tahun depan.");
	}

	private void semarang(Demo demo) {
		UUID manager = demo.user("pengelola.semarang");
		UUID staff = demo.user("staf.semarang");
		Partner hotel = demo.partner("Hotel Ciputra Semarang");
		Partner lsp = demo.partner("LSP Boga Nusantara");
		Partner baznas = demo.partner("BAZNAS Kota Semarang");
		if (hotel == null || lsp == null || baznas == null) {
			return;
		}
		Partnership internship = demo.partnership("Magang tata boga di Hotel Ciputra Semarang",
				PartnershipPattern.NURTURING, PartnershipStrategy.MISSION_IMPLEMENTATION, staff, null,
				List.of(party(hotel, "Penyedia tempat magang dapur hotel")), List.of(),
				Set.of(NeedAspect.USE_OF_OUTPUTS), 70);
		demo.contact(internship, hotel, 60, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Kunjungan ke executive chef", "Kebutuhan tenaga dapur dibahas.", "Hotel bersedia menerima 6 peserta.");
		demo.history(internship, step(Stage.INFORMATION_GATHERING, 55));
		demo.partnership("Asesor boga dari LSP Boga Nusantara", PartnershipPattern.OPERATIONAL_COOPERATION,
				PartnershipStrategy.MISSION_IMPLEMENTATION, manager, null,
				List.of(party(lsp, "Penyedia asesor uji kompetensi boga")), List.of(), Set.of(NeedAspect.STAFF), 20);
		demo.partnership("Beasiswa pelatihan bagi mustahik bersama BAZNAS", PartnershipPattern.AS_NEEDED,
				PartnershipStrategy.MISSION_IMPLEMENTATION, manager, null,
				List.of(party(baznas, "Penyandang beasiswa pelatihan")), List.of(), Set.of(NeedAspect.FUNDS), 8);
	}

	private static PartnershipDetails.Party party(Partner partner, String role) {
		return new PartnershipDetails.Party(partner.getId(), role);
	}

	private static List<UUID> needs(Need... needs) {
		List<UUID> ids = new ArrayList<>();
		for (Need need : needs) {
			if (need != null) {
				ids.add(need.getId());
			}
		}
		return ids;
	}

	private static Step step(Stage to, int daysAgo) {
		return new Step(to, daysAgo, null);
	}

	private static Step back(Stage to, int daysAgo, String reason) {
		return new Step(to, daysAgo, reason);
	}

	/** A past move: to which stage, how many days ago, and (backward) why. */
	private record Step(Stage to, int daysAgo, String reason) {
	}

	/** Loading one institution's demo partnerships, inside its tenant. */
	private final class Demo {

		private final Instant now = PartnershipDemoData.this.clock.instant();

		private final LocalDate today = LocalDate.ofInstant(this.now, Partnerships.WIB);

		private final Map<UUID, List<UUID>> contacts = new HashMap<>();

		private final Map<String, UUID> people = PartnershipDemoData.this.users.staff(PageRequest.of(0, 100))
			.stream()
			.collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getId, (a, b) -> a));

		private final Map<String, Need> needsByTitle = PartnershipDemoData.this.needs.all(NeedFilter.ALL)
			.stream()
			.collect(Collectors.toMap(Need::getTitle, Function.identity(), (a, b) -> a));

		UUID user(String username) {
			return this.people.get(username);
		}

		Partner partner(String name) {
			return PartnershipDemoData.this.partners
				.list(new PartnerFilter(name, null, null, null, null, null, false), PageRequest.of(0, 20))
				.stream()
				.filter((p) -> p.getName().equals(name))
				.findFirst()
				.orElse(null);
		}

		Need need(String title) {
			return this.needsByTitle.get(title);
		}

		Instant daysAgo(int days) {
			return this.now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(days * 37L % 480));
		}

		LocalDate dateDaysAgo(int days) {
			return LocalDate.ofInstant(daysAgo(days), Partnerships.WIB);
		}

		Partnership partnership(String title, PartnershipPattern pattern, PartnershipStrategy strategy, UUID owner,
				String description, List<PartnershipDetails.Party> parties, List<UUID> needIds, Set<NeedAspect> aspects,
				int startedDaysAgo) {
			return partnership(title, pattern, strategy, owner, description, parties, needIds, aspects,
					dateDaysAgo(startedDaysAgo).getYear(), startedDaysAgo);
		}

		/**
		 * A partnership found {@code startedDaysAgo} at mapping, for the cycle year given
		 * (a cycle may be prepared late in the year before).
		 */
		Partnership partnership(String title, PartnershipPattern pattern, PartnershipStrategy strategy, UUID owner,
				String description, List<PartnershipDetails.Party> parties, List<UUID> needIds, Set<NeedAspect> aspects,
				int year, int startedDaysAgo) {
			Instant started = daysAgo(startedDaysAgo);
			Partnership partnership = PartnershipDemoData.this.partnerships
				.saveAndFlush(new Partnership(new PartnershipDetails(title, pattern, strategy, owner, year, description,
						parties, needIds, aspects), started));
			PartnershipDemoData.this.changes
				.save(new StageChange(partnership.getId(), null, Stage.MAPPING, null, started));
			return partnership;
		}

		/**
		 * The next yearly cycle of a partnership whose follow-up decided to continue: the
		 * same parties, needs and aspects, starting at the given stage (the partners are
		 * known, so the new cycle starts from its work plan).
		 */
		Partnership nextCycle(Partnership previous, int cycle, int year, int startedDaysAgo, Stage stage,
				String reason) {
			Instant started = daysAgo(startedDaysAgo);
			PartnershipDetails before = previous.details();
			Partnership next = new Partnership(
					new PartnershipDetails(before.title(), before.pattern(), before.strategy(), before.ownerId(), year,
							before.description(), before.parties(), before.needIds(), before.aspects()),
					started);
			next.continueAsCycle(cycle, year, previous.getId());
			next.moveTo(stage, started);
			Partnership saved = PartnershipDemoData.this.partnerships.saveAndFlush(next);
			PartnershipDemoData.this.changes.save(new StageChange(saved.getId(), null, stage, reason, started));
			return saved;
		}

		void history(Partnership partnership, Step... steps) {
			Stage from = partnership.getStage();
			for (Step step : steps) {
				Instant at = daysAgo(step.daysAgo());
				PartnershipDemoData.this.changes
					.save(new StageChange(partnership.getId(), from, step.to(), step.reason(), at));
				partnership.moveTo(step.to(), at);
				from = step.to();
			}
			PartnershipDemoData.this.partnerships.saveAndFlush(partnership);
		}

		void contact(Partnership partnership, Partner partner, int daysAgo, InteractionKind kind,
				InteractionApproach approach, String purpose, String summary, String outcome) {
			followUp(partnership, partner, daysAgo, kind, approach, purpose, summary, outcome, null, 0, null, false);
		}

		/**
		 * An interaction with a follow-up action due {@code dueInDays} from today
		 * (negative: already due), done or still open. Contacts in person name the
		 * partner's first contact.
		 */
		void followUp(Partnership partnership, Partner partner, int daysAgo, InteractionKind kind,
				InteractionApproach approach, String purpose, String summary, String outcome, String action,
				int dueInDays, UUID owner, boolean done) {
			LocalDate due = (action != null) ? this.today.plusDays(dueInDays) : null;
			List<UUID> contacts = PERSONAL_KINDS.contains(kind) ? firstContact(partner) : List.of();
			Interaction saved = PartnershipDemoData.this.interactions.save(new Interaction(
					new InteractionDetails(partner.getId(), partnership.getId(), dateDaysAgo(daysAgo), kind, approach,
							purpose, summary, outcome, action, due, (action != null) ? owner : null, contacts)));
			if (done) {
				saved.markFollowUpDone(true);
			}
		}

		private List<UUID> firstContact(Partner partner) {
			return this.contacts.computeIfAbsent(partner.getId(),
					(id) -> PartnershipDemoData.this.partners.contacts(id)
						.stream()
						.limit(1)
						.map((contact) -> contact.getId())
						.toList());
		}

		void analysis(Partnership partnership, Partner partner, int commitment, int consistency, int seriousness,
				int capability, AnalysisDecision decision, String reason) {
			PartnershipDemoData.this.analyses.save(new Analysis(partnership.getId(), partner.getId(),
					new AnalysisDetails("Sesuai dengan kebutuhan yang ditautkan.",
							new AnalysisDetails.Score(commitment, null), new AnalysisDetails.Score(consistency, null),
							new AnalysisDetails.Score(seriousness, null), new AnalysisDetails.Score(capability, null),
							true, "Sama-sama ingin menyiapkan tenaga kerja terampil.", true,
							"Kita butuh sarana dan tenaga ahli; mitra butuh tenaga terampil dan program CSR.",
							"Pergantian pejabat dapat menunda kesepakatan.", decision, reason)));
		}

		void analysisDraft(Partnership partnership, Partner partner) {
			PartnershipDemoData.this.analyses.save(new Analysis(partnership.getId(), partner.getId(),
					new AnalysisDetails("Kredit mikro cocok untuk lulusan yang membuka usaha.",
							new AnalysisDetails.Score(4, "Program kredit usaha sudah berjalan."),
							new AnalysisDetails.Score(3, null), null, new AnalysisDetails.Score(5, null), true, null,
							null, null, "Lulusan belum punya agunan.", null, null)));
		}

		void exploration(Partnership partnership, int daysAgo, ExplorationFormat format, String attendees,
				String offered, String response, ExplorationOutcome outcome) {
			PartnershipDemoData.this.explorations.save(new Exploration(partnership.getId(),
					new ExplorationDetails(dateDaysAgo(daysAgo), format, attendees, offered, response, outcome, null)));
		}

	}

}
