package id.jejaring.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
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
 * Demo monitoring and joint evaluations for LKP Terampil Mandiri (Bandung): quarterly
 * records with follow-ups for the partnerships past implementation, and joint evaluations
 * (the institution's answers and each partner's, recorded on its behalf) for the cycles
 * that finished; the BLK partnership's second cycle is in monitoring and evaluation
 * without one, so it shows as due. Uses the facts of the partnerships' interactions.
 */
@Component
@Order(100)
class EvaluationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

	static final String BLK = "Dukungan instruktur dan bengkel BLK untuk kelas menjahit";

	static final String MARKETING = "Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita";

	static final String BRIDAL = "Penguji praktik dan produk rias pengantin bersama HARPI Melati";

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Partnerships partnerships;

	private final Monitoring monitoring;

	private final JointEvaluations evaluations;

	private final MonitoringRepository records;

	private final UserDetailsService userDetails;

	private final TransactionTemplate transaction;

	EvaluationDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Partnerships partnerships, Monitoring monitoring, JointEvaluations evaluations,
			MonitoringRepository records, UserDetailsService userDetails, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.partnerships = partnerships;
		this.monitoring = monitoring;
		this.evaluations = evaluations;
		this.records = records;
		this.userDetails = userDetails;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		UUID institution = this.institutions.findByNpsn("K5651234").map(Institution::getId).orElse(null);
		if (institution == null) {
			return;
		}
		SignedInWork.run(this.userDetails.loadUserByUsername("staf.bandung"), institution,
				() -> this.transaction.executeWithoutResult((status) -> {
					if (this.records.count() == 0) {
						bandung();
						log.info("Demo monitoring and evaluations loaded for K5651234");
					}
				}));
	}

	private void bandung() {
		LocalDate today = this.monitoring.today();
		find(BLK, 1).ifPresent((p) -> {
			List<LocalDate> quarters = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1),
					LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 1));
			record(p, quarters.get(0),
					"Angkatan 1 (20 peserta) mulai praktik di bengkel BLK setiap Selasa dan Kamis; kehadiran 92%.",
					null, "Sepuluh mesin industri BLK jarang dipakai dan perlu diservis.",
					"BLK menservis mesin sebelum angkatan 1 masuk materi mesin industri.",
					followUp("Servis 10 mesin jahit industri di bengkel BLK", "Kepala UPTD BLK",
							quarters.get(0).plusDays(75), true));
			record(p, quarters.get(1), "Angkatan 1 selesai praktik; instruktur BLK meminta tambahan jam mesin obras.",
					"Materi mesin obras tertinggal 8 jam dari rencana.", "Jam praktik obras kurang.",
					"Ditambah 8 jam praktik obras pada hari Sabtu.", followUp("Jadwalkan 8 jam praktik obras tambahan",
							"Koordinator kelas menjahit LKP", quarters.get(1).plusDays(40), true));
			record(p, quarters.get(2), "Angkatan 2 (18 peserta) berjalan; 38 peserta dilatih sampai akhir triwulan.",
					"Praktik bulan Agustus hanya berjalan separuh jadwal.",
					"Jadwal praktik bentrok dengan pelatihan BLK sendiri pada bulan Agustus.",
					"Praktik Agustus dipindah ke ruang LKP dengan 6 mesin pinjaman BLK.",
					followUp("Usulkan jadwal praktik tetap untuk siklus berikutnya", "Pengelola LKP",
							quarters.get(2).plusDays(80), true),
					followUp("Pinjam 6 mesin jahit BLK untuk praktik di LKP", "Kepala UPTD BLK",
							quarters.get(2).plusDays(35), true));
			record(p, quarters.get(3),
					"Uji kompetensi selesai: 31 dari 38 peserta lulus; 19 lulusan sudah bekerja di perusahaan garmen.",
					"Target 30 lulus uji kompetensi terlampaui; penempatan belum diukur dalam rencana.", null,
					"Data penempatan dicatat untuk rencana kerja berikutnya.",
					followUp("Siapkan bahan evaluasi bersama dengan Disnaker dan BLK", "Staf program LKP",
							LocalDate.of(2025, 12, 10), true));
			UUID disnaker = partner(p, 0);
			UUID blk = partner(p, 1);
			answer(p, null,
					"Jadwal praktik bentrok dengan pelatihan BLK sendiri pada bulan Agustus, karena kalender BLK baru "
							+ "diterbitkan setelah rencana kerja disusun.",
					"38 peserta dilatih dengan mesin industri dan instruktur bersertifikat; 31 lulus uji kompetensi dan "
							+ "19 sudah bekerja di perusahaan garmen.",
					Map.of("Pelatihan menjahit",
							new Answer(false, "Praktik Agustus tidak sesuai jadwal karena bentrok.")),
					5, 4, 5, 4, 4, 5, "Jadwal Agustus kurang efisien; perlu kalender bersama.");
			answer(p, disnaker,
					"Data penempatan lulusan terlambat dikirim sehingga sulit dilaporkan ke Disnaker provinsi.",
					"Program pelatihan berbasis kompetensi Disnaker mencapai sasaran; 31 tenaga kerja bersertifikat.",
					Map.of("Pelatihan menjahit", new Answer(false, "Bentrok jadwal pada bulan Agustus.")), 5, 4, 4, 4,
					3, 5, "Laporan penempatan perlu dikirim tiap triwulan.");
			answer(p, blk, "Bengkel BLK juga dipakai pelatihan sendiri pada bulan Agustus sehingga jadwal bertabrakan.",
					"Mesin yang jarang dipakai dimanfaatkan; instruktur BLK mendapat jam mengajar tambahan.",
					Map.of("Pelatihan menjahit", new Answer(false, "Separuh jadwal Agustus dipindah ke LKP.")), 4, 5, 4,
					4, 4, 4, "Perlu rapat jadwal di awal siklus.");
		});
		find(BLK, 2).ifPresent((p) -> {
			LocalDate lastEnded = MonitoringRules.lastEndedPeriod(Cadence.QUARTERLY, today);
			List<LocalDate> quarters = new ArrayList<>();
			for (LocalDate q = LocalDate.of(p.getYear(), 1, 1); !q.isAfter(lastEnded)
					&& q.getYear() == p.getYear(); q = q.plusMonths(3)) {
				quarters.add(q);
			}
			String[][] texts = {
					{ "Angkatan 1 kelas busana muslim mulai; praktik dipindah ke hari Rabu dan Jumat sesuai adendum.",
							null, null, null },
					{ "Angkatan 1: kehadiran 94%, 18 dari 20 peserta lulus praktik.", null,
							"BLK mengusulkan uji kompetensi dipercepat.",
							"Uji kompetensi angkatan 1 dimajukan dua minggu." },
					{ "Angkatan 2 berjalan; dua mesin industri rusak sehingga praktik bergiliran.",
							"Praktik angkatan 2 mundur satu minggu.", "Dua mesin industri di bengkel BLK rusak.",
							"BLK memperbaiki mesin dalam dua minggu; praktik bergiliran sementara." },
					{ "Angkatan 3 berjalan; laporan kehadiran dan hasil uji angkatan 2 dikirim ke Disnaker.", null,
							"Disnaker meminta data penempatan kerja lulusan.",
							"Staf program menghubungi lulusan untuk data penempatan." } };
			for (int i = 0; i < quarters.size() && i < texts.length; i++) {
				String[] t = texts[i];
				List<MonitoringDetails.FollowUpDetails> followUps = new ArrayList<>();
				if (i == 2) {
					followUps.add(followUp("Perbaiki dua mesin jahit industri", "Kepala bengkel BLK",
							quarters.get(i).plusDays(50), true));
				}
				if (i == quarters.size() - 1) {
					followUps.add(followUp("Kirim rekap kehadiran, uji kompetensi dan penempatan lulusan ke Disnaker",
							"Staf program LKP", today.plusDays(3), false));
				}
				record(p, quarters.get(i), t[0], t[1], t[2], t[3],
						followUps.toArray(MonitoringDetails.FollowUpDetails[]::new));
			}
		});
		find(MARKETING, 1).ifPresent((p) -> {
			String[][] texts = {
					{ "Koperasi membeli tas rajut angkatan pertama untuk toko anggota.", null, null, null },
					{ "120 tas terjual; 9 lulusan menerima dana bergulir Rp 2 juta.", null, null,
							"Pengembalian dana bergulir lancar." },
					{ "Stan tas rajut di bazar ulang tahun koperasi; terjual 45 tas.",
							"Penjualan di toko anggota di bawah target triwulan.",
							"Desain tas kurang mengikuti selera pasar.",
							"Lulusan membuat contoh desain baru bersama pengurus koperasi." },
					{ "Penjualan mencapai 70% dari target; pengembalian dana bergulir 92%.",
							"Target penjualan tahunan tidak tercapai.", "Dua lulusan terlambat mengangsur.",
							"Koperasi menjadwalkan ulang angsuran." } };
			quarterly(p, today.minusDays(330), today.minusDays(80), texts,
					followUp("Buat 5 desain tas baru sesuai masukan pembeli", "Instruktur merajut LKP",
							today.minusDays(60), true));
			answer(p, null, "Penjualan hanya 70% dari target karena desain tas kurang mengikuti selera pasar.",
					"Lulusan mendapat pasar tetap dan modal usaha; pengembalian dana bergulir 92%.",
					Map.of("Pameran", new Answer(true, null)), 4, 4, 4, 3, 4, 4, "Penjualan perlu dipantau bulanan.");
			answer(p, partner(p, 0), "Desain belum sesuai selera pembeli; pemasaran daring belum dicoba.",
					"Toko anggota mendapat produk lokal; dana bergulir kembali 92%.", Map.of(), 4, 5, 4, 3, 4, 4,
					"Perlu penjualan daring melalui marketplace.");
		});
		find(BRIDAL, 1).ifPresent((p) -> {
			String[][] texts = {
					{ "Ujian praktik angkatan 1 rias pengantin Sunda diuji 3 penguji HARPI.", null, null, null },
					{ "28 peserta diuji dalam dua angkatan; 25 lulus ujian praktik.", null, null,
							"Distributor menambah 5 set produk praktik." },
					{ "Demo beauty advisor bentrok dengan jadwal kelas hari kerja.", "Dua demo produk tertunda.",
							"Jadwal demo bentrok dengan kelas.", "Demo produk dipindah ke akhir pekan." } };
			quarterly(p, today.minusDays(450), today.minusDays(160), texts,
					followUp("Tanyakan syarat LSP untuk sertifikat BNSP rias pengantin", "Pengelola LKP",
							today.minusDays(120), true));
			answer(p, null, "Sertifikat LSP belum ada sehingga lulusan belum mendapat sertifikat BNSP.",
					"Lulusan diuji penguji berpengalaman dan mendapat jejaring kerja penata rias.", Map.of(), 5, 5, 4,
					4, 4, 5, "HARPI sangat aktif.");
			answer(p, partner(p, 0), "Belum ada LSP rias pengantin di Kabupaten Bandung.",
					"Anggota HARPI mendapat calon asisten rias yang terlatih.", Map.of(), 5, 4, 4, 4, 5, 5,
					"Komunikasi lancar lewat pertemuan bulanan.");
			answer(p, partner(p, 1), "Jadwal demo produk pada hari kerja sering bentrok dengan kelas.",
					"Produk dikenal calon penata rias; 5 set produk tambahan terpakai.", Map.of(), 4, 4, 4, 3, 4, 4,
					"Demo akhir pekan lebih efektif.");
		});
	}

	private Optional<Partnership> find(String title, int cycle) {
		Optional<Partnership> found = this.partnerships
			.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
			.stream()
			.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
			.findFirst();
		if (found.isEmpty()) {
			log.info("Demo partnership '{}' (cycle {}) missing; no demo monitoring", title, cycle);
		}
		return found;
	}

	private static UUID partner(Partnership partnership, int index) {
		List<UUID> partners = partnership.partnerIds();
		return partners.get(Math.min(index, partners.size() - 1));
	}

	/** Quarterly records from the quarter of {@code from} to that of {@code to}. */
	private void quarterly(Partnership p, LocalDate from, LocalDate to, String[][] texts,
			MonitoringDetails.FollowUpDetails lastFollowUp) {
		List<LocalDate> quarters = new ArrayList<>();
		for (LocalDate q = Cadence.QUARTERLY.periodStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
			quarters.add(q);
		}
		int count = Math.min(quarters.size(), texts.length);
		int offset = quarters.size() - count;
		for (int i = 0; i < count; i++) {
			String[] t = texts[i];
			record(p, quarters.get(offset + i), t[0], t[1], t[2], t[3],
					(i == count - 1) ? new MonitoringDetails.FollowUpDetails[] { lastFollowUp }
							: new MonitoringDetails.FollowUpDetails[0]);
		}
	}

	private void record(Partnership p, LocalDate period, String progress, String deviations, String problems,
			String solutions, MonitoringDetails.FollowUpDetails... followUps) {
		this.monitoring.add(p.getId(), new MonitoringDetails(Cadence.QUARTERLY, period, progress, deviations, problems,
				solutions, List.of(followUps)));
	}

	private static MonitoringDetails.FollowUpDetails followUp(String action, String owner, LocalDate due,
			boolean done) {
		return new MonitoringDetails.FollowUpDetails(null, action, owner, due, done);
	}

	/**
	 * One party's answers: every plan item judged (as the records suggest, or as the
	 * override whose key starts the item's label says), ratings in principle order.
	 */
	private void answer(Partnership p, UUID partnerId, String hindrances, String benefits,
			Map<String, Answer> overrides, int vision, int trust, int benefit, int efficiency, int communication,
			int commitment, String efficiencyNote) {
		List<EvaluationDetails.Judgment> judgments = this.evaluations.prefill(p.getId()).stream().map((item) -> {
			Answer answer = overrides.entrySet()
				.stream()
				.filter((e) -> item.label().startsWith(e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(new Answer((item.suggested() != null) ? item.suggested() : true, null));
			String note = (answer.note() == null && item.suggested() != null && item.suggested() != answer.asPlanned())
					? "Disepakati dalam rapat evaluasi." : answer.note();
			return new EvaluationDetails.Judgment(item.kind(), item.itemId(), null, null, answer.asPlanned(), note);
		}).toList();
		int[] ratings = { vision, trust, benefit, efficiency, communication, commitment };
		List<EvaluationDetails.Rating> rated = new ArrayList<>();
		for (Principle principle : Principle.values()) {
			int r = ratings[principle.ordinal()];
			rated.add(new EvaluationDetails.Rating(principle, r,
					(principle == Principle.EFFICIENCY_EFFECTIVENESS) ? efficiencyNote : null));
		}
		this.evaluations.save(p.getId(), partnerId, 0,
				new EvaluationDetails(partnerId != null, hindrances, benefits, rated, judgments));
	}

	private record Answer(boolean asPlanned, String note) {
	}

}
