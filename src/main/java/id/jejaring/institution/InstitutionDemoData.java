package id.jejaring.institution;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import id.jejaring.shared.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo programs, five years of figures (with the enrolment dip of 2024) and the
 * self-assessments of 2025 and 2026 for LKP Terampil Mandiri (Bandung), written by its
 * manager after the demo institutions and users exist. Later modules find these programs
 * by name (Menjahit Busana, Tata Rias Pengantin, Komputer Perkantoran, Tas Rajut).
 */
@Component
@Order(30)
class InstitutionDemoData implements ApplicationRunner {

	static final String BANDUNG_NPSN = "K5651234";

	private static final Logger log = LoggerFactory.getLogger(InstitutionDemoData.class);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Programs programs;

	private final FiguresManagement figures;

	private final SelfAssessments assessments;

	private final UserDetailsService users;

	private final TransactionTemplate transaction;

	InstitutionDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Programs programs, FiguresManagement figures, SelfAssessments assessments, UserDetailsService users,
			TransactionTemplate transaction) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.programs = programs;
		this.figures = figures;
		this.assessments = assessments;
		this.users = users;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Institution bandung = this.institutions.findByNpsn(BANDUNG_NPSN).orElse(null);
		if (bandung == null) {
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UserDetails manager = this.users.loadUserByUsername("pengelola.bandung");
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			TenantContext.runAs(bandung.getId(), () -> this.transaction.executeWithoutResult((status) -> {
				if (this.programs.current().isEmpty() && this.figures.lastFiveYears().isEmpty()) {
					load();
					log.info("Demo programs, yearly figures and self-assessments loaded for {}", bandung.getName());
				}
			}));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void load() {
		UUID sewing = program("Menjahit Busana", "Tata busana", ProgramType.PKK, ProgramLevel.BASIC, 200, 20, 3,
				LocalDate.of(2027, 1, 11));
		UUID makeUp = program("Tata Rias Pengantin", "Tata kecantikan (rias pengantin)", ProgramType.REGULAR_COURSE,
				ProgramLevel.INTERMEDIATE, 120, 12, 4, LocalDate.of(2027, 2, 1));
		UUID office = program("Komputer Perkantoran", "Teknologi informasi perkantoran", ProgramType.REGULAR_COURSE,
				ProgramLevel.BASIC, 80, 16, 4, LocalDate.of(2027, 1, 18));
		UUID knitting = program("Tas Rajut", "Kriya rajut", ProgramType.PKW, ProgramLevel.BASIC, 100, 15, 2,
				LocalDate.of(2027, 3, 1));

		year(2022, counts(168, 150, 96, 62, 24, 4),
				Map.of(sewing, counts(58, 52, 34, 28, 6, 3), makeUp, counts(40, 36, 20, 12, 10, 1)));
		year(2023, counts(182, 165, 112, 70, 28, 5),
				Map.of(sewing, counts(60, 55, 38, 31, 7, 4), makeUp, counts(44, 40, 24, 14, 11, 1)));
		// 2024: another LKP opened nearby and the sewing machines were worn; enrolment
		// fell.
		year(2024, counts(131, 118, 84, 41, 22, 3),
				Map.of(sewing, counts(42, 38, 26, 17, 5, 2), makeUp, counts(30, 27, 17, 8, 8, 1)));
		year(2025, counts(158, 142, 104, 60, 30, 6), Map.of(sewing, counts(54, 49, 36, 27, 8, 4), makeUp,
				counts(38, 34, 22, 11, 10, 1), office, counts(44, 41, 36, 18, 2, 1)));
		Map<UUID, FigureCounts> rows2026 = new LinkedHashMap<>();
		rows2026.put(sewing, counts(60, 56, 44, 33, 9, 5));
		rows2026.put(makeUp, counts(42, 38, 26, 13, 12, 2));
		rows2026.put(office, counts(48, 45, 40, 22, 2, 1));
		rows2026.put(knitting, counts(26, 21, 14, 0, 12, 0));
		year(2026, counts(176, 160, 124, 74, 36, 8), rows2026);

		selfAssessment2025();
		selfAssessment2026();
	}

	private void selfAssessment2025() {
		Map<AssessmentArea, AreaAssessment> areas = new EnumMap<>(AssessmentArea.class);
		areas.put(AssessmentArea.HUMAN_RESOURCES,
				new AreaAssessment(
						"Instruktur berpengalaman: instruktur menjahit dan tata rias masing-masing lebih dari 10 tahun "
								+ "mengajar.\nPengelola aktif di HIPKI Kabupaten Bandung.",
						"Belum ada asesor tata rias bersertifikat, sehingga uji kompetensi harus menunggu jadwal LSK.\n"
								+ "Instruktur komputer hanya satu orang.",
						3, "Instruktur cukup berpengalaman, tetapi jumlah dan sertifikasinya belum memadai."));
		areas.put(AssessmentArea.FACILITIES,
				new AreaAssessment(
						"Gedung milik yayasan dengan tiga ruang praktik dan satu laboratorium komputer (12 unit).",
						"Mesin jahit industri hanya 3 unit, sebagian besar masih mesin jahit rumahan.\n"
								+ "Perlengkapan rias pengantin (sanggul, busana adat) terbatas.",
						2, "Alat praktik belum sesuai standar industri garmen."));
		areas.put(AssessmentArea.PROGRAMS, new AreaAssessment(
				"Program menjahit sudah memakai kurikulum berbasis KKNI; program komputer perkantoran dibuka kembali.",
				"Belum ada program kerja sama dengan dunia usaha; materi kewirausahaan masih umum.", 3,
				"Kurikulum baik, tetapi belum dikaitkan dengan kebutuhan dunia kerja."));
		areas.put(AssessmentArea.GRADUATES,
				new AreaAssessment("Tingkat kelulusan tinggi (90%); sebagian lulusan membuka usaha jahit di rumah.",
						"Baru 42% lulusan yang bekerja; pesanan kerja (job order) dari industri masih sedikit.", 2,
						"Penyerapan lulusan turun sejak 2024."));
		this.assessments.create(2025, areas,
				"Pabrik garmen di Majalaya membuka magang bagi lulusan menjahit.\n"
						+ "Dinas Koperasi dan UKM Kabupaten Bandung memiliki program modal usaha bagi wirausaha baru.\n"
						+ "Banyak permintaan rias pengantin di Soreang dan sekitarnya.");
	}

	private void selfAssessment2026() {
		Map<AssessmentArea, AreaAssessment> areas = new EnumMap<>(AssessmentArea.class);
		areas.put(AssessmentArea.HUMAN_RESOURCES,
				new AreaAssessment(
						"Instruktur berpengalaman di semua program; instruktur komputer bertambah menjadi dua orang.\n"
								+ "Dua instruktur menjahit sudah bersertifikat kompetensi.",
						"Belum ada asesor tata rias bersertifikat.\nBelum ada tenaga khusus pemasaran dan kemitraan.",
						3, "Kompetensi instruktur baik, tetapi sertifikasi tata rias masih tertinggal."));
		areas.put(AssessmentArea.FACILITIES,
				new AreaAssessment("Laboratorium komputer diperbarui (16 unit) dengan bantuan dana BOP.",
						"Mesin jahit industri hanya 3 unit untuk 20 peserta per angkatan.\n"
								+ "Tidak ada ruang pamer dan penjualan produk tas rajut.",
						2, "Sarana praktik menjahit menjadi hambatan utama mutu lulusan."));
		areas.put(AssessmentArea.PROGRAMS,
				new AreaAssessment(
						"Program PKW Tas Rajut dibuka untuk ibu rumah tangga dan remaja putus sekolah.\n"
								+ "Keempat program memakai kurikulum berbasis kompetensi.",
						"Jadwal uji kompetensi belum terencana untuk setiap angkatan.\n"
								+ "Belum ada tempat praktik kerja lapangan tetap.",
						4, "Program makin beragam dan sesuai kebutuhan masyarakat."));
		areas.put(AssessmentArea.GRADUATES,
				new AreaAssessment("Lulusan bekerja naik lagi menjadi 74 orang; 36 lulusan membuka usaha.",
						"Lulusan Tas Rajut belum punya modal kerja dan akses pasar.\n"
								+ "Job order dari industri garmen baru 8 dalam setahun.",
						3, "Penempatan membaik, tetapi belum kembali ke tingkat 2023."));
		this.assessments.create(2026, areas,
				"Pabrik garmen di Majalaya membuka magang dan siap menerima lulusan yang bersertifikat.\n"
						+ "Koperasi wanita di Soreang bersedia memasarkan produk tas rajut.\n"
						+ "BPR setempat menawarkan kredit usaha mikro bagi lulusan PKW.\n"
						+ "LSK Tata Rias Jawa Barat membuka pelatihan asesor.");
	}

	private UUID program(String name, String skillField, ProgramType type, ProgramLevel level, int hours, int capacity,
			int batches, LocalDate nextBatch) {
		return this.programs
			.create(new ProgramDetails(name, skillField, type, level, hours, capacity, batches, nextBatch,
					ProgramStatus.ACTIVE))
			.getId();
	}

	private void year(int year, FigureCounts total, Map<UUID, FigureCounts> perProgram) {
		this.figures.record(year, total, perProgram);
	}

	private static FigureCounts counts(int enrolled, int graduates, int certified, int placed, int startedBusiness,
			int jobOrders) {
		return new FigureCounts(enrolled, graduates, certified, placed, startedBusiness, jobOrders);
	}

}
