package id.jejaring.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramDetails;
import id.jejaring.institution.ProgramLevel;
import id.jejaring.institution.ProgramStatus;
import id.jejaring.institution.ProgramType;
import id.jejaring.institution.Programs;
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
 * Demo requirement checklists for LKP Terampil Mandiri's four programs, with real gaps
 * (industrial sewing machines, a certified make-up assessor, an internship place at a
 * garment company, working capital for knitted-bag graduates), the needs confirmed from
 * them in the manager's order and their partner criteria. Runs after the programs' demo
 * data; creates a program that is missing so it also works alone. Skips an institution
 * that already has needs.
 */
@Component
@Order(40)
class NeedsDemoData implements ApplicationRunner {

	static final String BANDUNG_NPSN = "K5651234";

	private static final Logger log = LoggerFactory.getLogger(NeedsDemoData.class);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Programs programs;

	private final Requirements requirements;

	private final Needs needs;

	private final NeedRepository needRepository;

	private final UserDetailsService users;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NeedsDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Programs programs, Requirements requirements, Needs needs, NeedRepository needRepository,
			UserDetailsService users, TransactionTemplate transaction, Clock clock) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.programs = programs;
		this.requirements = requirements;
		this.needs = needs;
		this.needRepository = needRepository;
		this.users = users;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		UUID bandung = this.institutions.findByNpsn(BANDUNG_NPSN).map((i) -> i.getId()).orElse(null);
		if (bandung == null) {
			return;
		}
		UserDetails manager = this.users.loadUserByUsername("pengelola.bandung");
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			TenantContext.runAs(bandung, () -> this.transaction.executeWithoutResult((status) -> {
				if (this.needRepository.count() == 0) {
					load();
					log.info("Demo needs loaded for LKP Terampil Mandiri");
				}
			}));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void load() {
		LocalDate today = LocalDate.now(this.clock.withZone(Needs.WIB));
		Program sewing = program("Menjahit Busana", ProgramType.PKK, ProgramLevel.BASIC, 200, 20, 3,
				today.plusDays(45));
		Program makeUp = program("Tata Rias Pengantin", ProgramType.PKK, ProgramLevel.INTERMEDIATE, 150, 15, 2,
				today.plusDays(75));
		Program computing = program("Komputer Perkantoran", ProgramType.REGULAR_COURSE, ProgramLevel.BASIC, 120, 20, 4,
				today.plusDays(30));
		Program knitting = program("Tas Rajut", ProgramType.PKW, ProgramLevel.BASIC, 80, 15, 2, today.plusDays(100));

		// Menjahit Busana: too few industrial machines, no internship place yet.
		ProgramRequirement machines = line(sewing, RequirementComponent.EQUIPMENT, 10L,
				"Mesin jahit industri high speed (1 mesin untuk 2 peserta)", 3L,
				"3 mesin jahit industri, 12 mesin portabel", true);
		line(sewing, RequirementComponent.ROOMS, null, "Ruang praktik menjahit 8 \u00d7 10 m", null,
				"Ruang praktik lantai 2 (8 \u00d7 10 m)", true);
		line(sewing, RequirementComponent.TRAINERS, 2L, "Instruktur menjahit bersertifikat", 2L,
				"2 instruktur (Ibu Nining, Ibu Yati)", true);
		line(sewing, RequirementComponent.TEACHING_MATERIALS, null, "Modul menjahit busana dasar dan pola", null,
				"Modul SKKNI menjahit, edisi 2024", true);
		ProgramRequirement internship = line(sewing, RequirementComponent.PRACTICE_PLACES, null,
				"Tempat magang di perusahaan garmen untuk 20 lulusan per angkatan", null,
				"Belum ada perusahaan garmen mitra", false);

		// Tata Rias Pengantin: no certified assessor for the competence test.
		ProgramRequirement assessor = line(makeUp, RequirementComponent.CERTIFICATION, 1L,
				"Asesor kompetensi tata rias pengantin dari LSP berlisensi BNSP", 0L, "Belum ada asesor", false);
		line(makeUp, RequirementComponent.EQUIPMENT, 15L, "Set alat rias pengantin Sunda", 15L,
				"15 set alat rias lengkap", true);

		// Komputer Perkantoran: complete.
		line(computing, RequirementComponent.EQUIPMENT, 20L, "Komputer dengan aplikasi perkantoran", 20L,
				"20 unit komputer (2023)", true);
		line(computing, RequirementComponent.TRAINERS, 2L, "Instruktur komputer", 2L, "2 instruktur", true);

		// Tas Rajut (PKW): graduates need working capital to start their business.
		ProgramRequirement capital = line(knitting, RequirementComponent.FUNDS, 25_000_000L,
				"Modal usaha awal bagi lulusan yang membuka usaha tas rajut", 0L, "Belum ada dana bergulir", false);
		line(knitting, RequirementComponent.TEACHING_MATERIALS, null, "Benang rajut, hakpen, dan pola tas", null,
				"Bahan praktik untuk satu angkatan", true);

		need(machines, sewing, NeedAspect.FACILITIES, "Mesin jahit industri high speed", 7L, 45_500_000L,
				today.plusDays(40), "sebelum angkatan berikutnya dimulai", RegionScope.SAME_PROVINCE,
				List.of("BUSINESS.CSR", "FINANCE.COOPERATIVE"),
				"Hibah atau pinjaman pakai 7 mesin jahit industri beserta perawatannya",
				"Minimal 1 tahun, dengan laporan penggunaan tiap semester");
		need(assessor, makeUp, NeedAspect.STAFF, "Asesor kompetensi tata rias pengantin (LSP)", 1L, null,
				today.plusDays(120), "uji kompetensi di akhir angkatan", RegionScope.SAME_PROVINCE,
				List.of("CERTIFICATION.LSP"), "LSP berlisensi BNSP dengan skema tata rias pengantin",
				"Menguji 30 lulusan per tahun di TUK lembaga");
		Need placement = need(internship, sewing, NeedAspect.JOINT_PROGRAM,
				"Tempat magang di perusahaan garmen bagi lulusan menjahit", 20L, null, today.plusDays(90),
				"bulan ke-3 program", RegionScope.SAME_REGENCY, List.of("BUSINESS.LARGE", "BUSINESS.MEDIUM"),
				"Perusahaan garmen yang dapat menerima 20 peserta magang selama 1 bulan",
				"Satu angkatan per tahun, dengan pembimbing dari perusahaan");
		need(capital, knitting, NeedAspect.FUNDS, "Modal usaha bagi lulusan tas rajut", null, 25_000_000L,
				today.plusDays(150), "saat lulusan membuka usaha", RegionScope.SAME_REGENCY,
				List.of("FINANCE.BANK", "FINANCE.COOPERATIVE"), "Kredit usaha mikro berbunga ringan atau dana bergulir",
				"Pendampingan usaha minimal 6 bulan setelah pencairan");
		this.needs.changeStatus(placement.getId(), placement.getVersion(), NeedStatus.IN_PROGRESS, null);
	}

	private Program program(String name, ProgramType type, ProgramLevel level, int hours, int capacity, int batches,
			LocalDate nextBatch) {
		return this.programs.current()
			.stream()
			.filter((p) -> p.getName().equals(name))
			.findFirst()
			.orElseGet(() -> this.programs.create(new ProgramDetails(name, null, type, level, hours, capacity, batches,
					nextBatch, ProgramStatus.ACTIVE)));
	}

	private ProgramRequirement line(Program program, RequirementComponent component, Long required, String requiredText,
			Long available, String availableText, boolean met) {
		return this.requirements.create(program.getId(),
				new RequirementDetails(component, null, required, requiredText, available, availableText, met));
	}

	private Need need(ProgramRequirement requirement, Program program, NeedAspect aspect, String title, Long quantity,
			Long amount, LocalDate neededBy, String timing, RegionScope scope, List<String> categories,
			String capability, String commitment) {
		return this.needs.create(requirement.getId(), new NeedDetails(program.getId(), requirement.getComponent(),
				aspect, title, null, quantity, amount, neededBy, timing, scope, capability, commitment, categories));
	}

}
