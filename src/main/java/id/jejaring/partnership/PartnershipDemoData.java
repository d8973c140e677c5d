package id.jejaring.partnership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import id.jejaring.shared.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo partnerships: eight for LKP Terampil Mandiri (Kabupaten Bandung) spread over the
 * stages, with parties from the demo partners and the demo needs, a stage history over
 * the past year or so (one move back with its reason), interactions, analyses and
 * explorations; one on hold and one stopped with a reason. Two for LKP Cipta Karya
 * (Semarang). The history is written with past dates directly, as if the moves had been
 * made then. Skips an institution that already has partnerships.
 */
@Component
@Order(60)
class PartnershipDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PartnershipDemoData.class);

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
		UserDetails user = this.userDetails.loadUserByUsername(manager);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			TenantContext.runAs(institution, () -> this.transaction.executeWithoutResult((status) -> {
				if (this.partnerships.count() == 0) {
					loader.accept(new Demo());
					log.info("Demo partnerships loaded for {}", npsn);
				}
			}));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void bandung(Demo demo) {
		UUID manager = demo.user("pengelola.bandung");
		UUID staff = demo.user("staf.bandung");
		Partner disnaker = demo.partner("Dinas Tenaga Kerja Kabupaten Bandung");
		Partner blk = demo.partner("UPTD Balai Latihan Kerja Kabupaten Bandung");
		Partner sinar = demo.partner("PT Sinar Garmen Majalaya");
		Partner bjb = demo.partner("Bank bjb Cabang Soreang");
		Partner pkk = demo.partner("TP PKK Kabupaten Bandung");
		Partner pesantren = demo.partner("Pondok Pesantren Al-Ittifaq Ciwidey");
		Partner lsp = demo.partner("LSP Tata Rias Indonesia");
		Partner kahatex = demo.partner("PT Kahatex Rancaekek");
		Partner smk = demo.partner("SMK Negeri 1 Katapang");
		Need machines = demo.need("Mesin jahit industri high speed");
		Need assessor = demo.need("Asesor kompetensi tata rias pengantin (LSP)");
		Need placement = demo.need("Tempat magang di perusahaan garmen bagi lulusan menjahit");
		Need capital = demo.need("Modal usaha bagi lulusan tas rajut");
		if (disnaker == null || blk == null || sinar == null || bjb == null || pkk == null || pesantren == null
				|| lsp == null || kahatex == null || smk == null) {
			log.info("Demo partners missing; no demo partnerships");
			return;
		}

		// 1. At implementation: the manpower office and the BLK support the sewing class.
		Partnership blkSupport = demo.partnership("Dukungan instruktur dan bengkel BLK untuk kelas menjahit",
				PartnershipPattern.OPERATIONAL_COOPERATION, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"Disnaker menugaskan instruktur BLK bersertifikat BNSP mengajar 2 hari per minggu dan meminjamkan "
						+ "bengkel jahit untuk praktik mesin industri.",
				List.of(party(disnaker, "Pembina program dan penyandang dana uji kompetensi"),
						party(blk, "Penyedia instruktur dan bengkel jahit")),
				needs(machines), Set.of(NeedAspect.STAFF, NeedAspect.FACILITIES), 420);
		demo.contact(blkSupport, disnaker, 410, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Permohonan audiensi program pelatihan berbasis kompetensi",
				"Surat permohonan audiensi kepada Kepala Dinas Tenaga Kerja dikirim.", "Diterima bagian umum.");
		demo.contact(blkSupport, blk, 395, InteractionKind.VISIT, InteractionApproach.INFORMAL,
				"Melihat bengkel jahit BLK",
				"Kunjungan ke bengkel jahit BLK bersama Kepala UPTD; 24 mesin industri, 10 jarang dipakai.",
				"BLK terbuka meminjamkan bengkel pada hari Selasa dan Kamis.");
		demo.contact(blkSupport, disnaker, 330, InteractionKind.AUDIENCE, InteractionApproach.FORMAL,
				"Audiensi dengan Kepala Disnaker", "Profil LKP dan capaian lulusan dipresentasikan.",
				"Disnaker setuju menyusun rencana kerja bersama BLK.");
		demo.contact(blkSupport, blk, 60, InteractionKind.PROGRESS_REPORT, InteractionApproach.FORMAL,
				"Laporan kemajuan angkatan pertama", "Laporan kehadiran dan nilai praktik dikirim ke BLK.",
				"Instruktur BLK meminta tambahan jam praktik mesin obras.");
		demo.analysis(blkSupport, disnaker, 4, 4, 4, 5, AnalysisDecision.PROCEED,
				"Program pelatihan berbasis kompetensi Disnaker sejalan dengan kelas menjahit kita.");
		demo.analysis(blkSupport, blk, 5, 4, 4, 5, AnalysisDecision.PROCEED,
				"Instruktur bersertifikat dan bengkel lengkap; jaraknya 3 km dari LKP.");
		demo.exploration(blkSupport, 330, ExplorationFormat.AUDIENCE, "Kepala Disnaker, Kepala UPTD BLK, pengelola LKP",
				"Kelas menjahit busana dengan praktik di bengkel BLK dan uji kompetensi bersama",
				"Disnaker mendukung; BLK meminta jadwal praktik tetap.", ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(blkSupport, step(Stage.INFORMATION_GATHERING, 400), step(Stage.ANALYSIS, 360),
				step(Stage.EXPLORATION, 345), step(Stage.JOINT_WORK_PLAN, 320), step(Stage.AGREEMENT, 290),
				step(Stage.SIGNING, 260), step(Stage.IMPLEMENTATION, 240));

		// 2. At exploration: internships and hiring at the garment company.
		Partnership internship = demo.partnership("Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya",
				PartnershipPattern.NURTURING, PartnershipStrategy.LONG_TERM_VISION, staff,
				"Magang satu bulan untuk 20 peserta per angkatan; lulusan terbaik direkrut sebagai operator jahit.",
				List.of(party(sinar, "Penyedia tempat magang dan pengguna lulusan")), needs(placement),
				Set.of(NeedAspect.JOINT_PROGRAM, NeedAspect.USE_OF_OUTPUTS), 150);
		demo.contact(internship, sinar, 140, InteractionKind.PHONE, InteractionApproach.PERSONAL,
				"Menanyakan program CSR pendidikan vokasi", "Bagian HRD menjelaskan dana CSR vokasi tahunan.",
				"Diminta mengirim profil lembaga.");
		demo.contact(internship, sinar, 120, InteractionKind.EMAIL, InteractionApproach.FORMAL,
				"Mengirim profil lembaga dan data lulusan", "Profil LKP dan data 3 angkatan terakhir dikirim.",
				"HRD akan menjadwalkan presentasi.");
		demo.contact(internship, sinar, 75, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Diskusi kebutuhan operator jahit", "Perusahaan kekurangan 40 operator jahit per tahun.",
				"Sepakat menjajaki magang.");
		demo.analysis(internship, sinar, 4, 3, 4, 5, AnalysisDecision.PROCEED,
				"Perusahaan membutuhkan operator jahit dan punya dana CSR vokasi.");
		demo.exploration(internship, 20, ExplorationFormat.PRESENTATION, "Manajer HRD, kepala produksi, pengelola LKP",
				"Magang 20 peserta per angkatan dengan pembimbing dari perusahaan",
				"Perusahaan tertarik, menunggu persetujuan direksi untuk anggaran pembimbing.",
				ExplorationOutcome.NEEDS_TIME);
		demo.history(internship, step(Stage.INFORMATION_GATHERING, 142), step(Stage.ANALYSIS, 90),
				step(Stage.EXPLORATION, 60));

		// 3. At analysis: business loans for knitting graduates.
		Partnership loans = demo.partnership("Kredit usaha bagi lulusan tas rajut bersama bank bjb",
				PartnershipPattern.VENTURE_CAPITAL, PartnershipStrategy.MISSION_IMPLEMENTATION, manager,
				"Kredit usaha mikro berbunga ringan bagi lulusan PKW tas rajut yang membuka usaha.",
				List.of(party(bjb, "Penyalur kredit usaha dan beasiswa CSR")), needs(capital), Set.of(NeedAspect.FUNDS),
				100);
		demo.contact(loans, bjb, 95, InteractionKind.VISIT, InteractionApproach.FORMAL,
				"Kunjungan ke bagian kredit mikro", "Persyaratan kredit usaha untuk lulusan dijelaskan.",
				"Lulusan perlu pendampingan usaha 6 bulan.");
		demo.contact(loans, bjb, 40, InteractionKind.WHATSAPP, InteractionApproach.INFORMAL, "Menanyakan beasiswa CSR",
				"Kuota beasiswa CSR tahun ini 10 orang.", "Menunggu formulir.");
		demo.analysisDraft(loans, bjb);
		demo.history(loans, step(Stage.INFORMATION_GATHERING, 94), step(Stage.ANALYSIS, 35));

		// 4. At information gathering: the PKK recruits participants and sells products.
		Partnership recruits = demo.partnership("Rekrutmen peserta dan pemasaran produk rajut bersama TP PKK",
				PartnershipPattern.AS_NEEDED, PartnershipStrategy.MISSION_IMPLEMENTATION, staff, null,
				List.of(party(pkk, "Rekrutmen peserta dari kader PKK dan pemasaran produk")), needs(capital),
				Set.of(NeedAspect.JOINT_PROGRAM, NeedAspect.USE_OF_OUTPUTS), 45);
		demo.contact(recruits, pkk, 30, InteractionKind.EVENT, InteractionApproach.INFORMAL,
				"Hadir di pertemuan rutin kader PKK kecamatan", "Program tas rajut diperkenalkan kepada 35 kader.",
				"Ketua PKK meminta brosur.");
		demo.history(recruits, step(Stage.INFORMATION_GATHERING, 28));

		// 5. At mapping: a sewing class for santri, no need linked yet.
		demo.partnership("Kelas menjahit bagi santri Pondok Pesantren Al-Ittifaq", PartnershipPattern.NURTURING,
				PartnershipStrategy.LONG_TERM_VISION, staff, null,
				List.of(party(pesantren, "Penyedia peserta dan tempat kelas jauh")), List.of(),
				Set.of(NeedAspect.JOINT_PROGRAM), 12);

		// 6. On hold at analysis: the LSP is renewing its licence.
		Partnership certification = demo.partnership(
				"Uji kompetensi tata rias pengantin bersama LSP Tata Rias Indonesia",
				PartnershipPattern.OPERATIONAL_COOPERATION, PartnershipStrategy.MISSION_IMPLEMENTATION, manager, null,
				List.of(party(lsp, "Penyedia asesor dan penerbit sertifikat")), needs(assessor),
				Set.of(NeedAspect.STAFF), 200);
		demo.contact(certification, lsp, 190, InteractionKind.EMAIL, InteractionApproach.FORMAL,
				"Menanyakan skema sertifikasi tata rias pengantin", "LSP mengirim daftar skema dan biaya uji.",
				"Biaya Rp 650.000 per peserta.");
		demo.history(certification, step(Stage.INFORMATION_GATHERING, 185), step(Stage.ANALYSIS, 150));
		certification.changeStatus(PartnershipStatus.ON_HOLD,
				"LSP sedang memperpanjang lisensi BNSP; dilanjutkan setelah lisensi terbit.");

		// 7. Stopped at exploration: the company ended its training CSR this year.
		Partnership practice = demo.partnership("Praktik kerja industri di PT Kahatex Rancaekek",
				PartnershipPattern.FOSTER_PARENT, PartnershipStrategy.MISSION_IMPLEMENTATION, staff, null,
				List.of(party(kahatex, "Penyedia tempat praktik kerja industri")), needs(placement),
				Set.of(NeedAspect.FACILITIES), 300);
		demo.contact(practice, kahatex, 290, InteractionKind.FORMAL_LETTER, InteractionApproach.FORMAL,
				"Permohonan praktik kerja industri", "Surat permohonan dikirim ke bagian CSR.", "Diterima.");
		demo.analysis(practice, kahatex, 3, 3, 3, 5, AnalysisDecision.PROCEED,
				"Pabrik besar dekat peserta dari Rancaekek.");
		demo.exploration(practice, 210, ExplorationFormat.AUDIENCE, "Staf CSR, pengelola LKP",
				"Praktik kerja industri 2 minggu untuk 15 peserta",
				"Program CSR pelatihan dihentikan tahun ini karena efisiensi.", ExplorationOutcome.DECLINED);
		demo.history(practice, step(Stage.INFORMATION_GATHERING, 285), step(Stage.ANALYSIS, 260),
				step(Stage.EXPLORATION, 240));
		practice.changeStatus(PartnershipStatus.STOPPED,
				"Perusahaan menghentikan program CSR pelatihan tahun ini; dijajaki lagi tahun depan.");

		// 8. At the joint work plan, after going back once to explore again.
		Partnership shared = demo.partnership("Kelas bersama tata busana dengan SMK Negeri 1 Katapang",
				PartnershipPattern.OPERATIONAL_COOPERATION, PartnershipStrategy.LONG_TERM_VISION, manager,
				"Siswa SMK ikut kelas sore di LKP; LKP memakai ruang praktik SMK untuk ujian.",
				List.of(party(smk, "Penyedia ruang praktik dan peserta dari siswa kelas XII")), needs(machines),
				Set.of(NeedAspect.JOINT_PROGRAM, NeedAspect.FACILITIES), 260);
		demo.contact(shared, smk, 250, InteractionKind.MEETING, InteractionApproach.FORMAL,
				"Rapat dengan wakil kepala sekolah bidang kurikulum", "Jadwal kelas sore dibahas.",
				"Sepakat menjajaki kelas bersama.");
		demo.analysis(shared, smk, 4, 4, 5, 4, AnalysisDecision.PROCEED,
				"Ruang praktik SMK lengkap dan siswa membutuhkan sertifikat kompetensi.");
		demo.exploration(shared, 200, ExplorationFormat.PRESENTATION, "Kepala sekolah, guru tata busana",
				"Kelas sore tata busana dan pemakaian ruang praktik", "Sekolah setuju.",
				ExplorationOutcome.AGREED_TO_PLAN);
		demo.history(shared, step(Stage.INFORMATION_GATHERING, 245), step(Stage.ANALYSIS, 230),
				step(Stage.EXPLORATION, 210), step(Stage.JOINT_WORK_PLAN, 190),
				back(Stage.EXPLORATION, 150,
						"Kepala sekolah baru ingin presentasi ulang sebelum rencana kerja disusun."),
				step(Stage.JOINT_WORK_PLAN, 120));
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
			Instant started = daysAgo(startedDaysAgo);
			int year = LocalDate.ofInstant(started, Partnerships.WIB).getYear();
			Partnership partnership = PartnershipDemoData.this.partnerships
				.saveAndFlush(new Partnership(new PartnershipDetails(title, pattern, strategy, owner, year, description,
						parties, needIds, aspects), started));
			PartnershipDemoData.this.changes
				.save(new StageChange(partnership.getId(), null, Stage.MAPPING, null, started));
			return partnership;
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
			PartnershipDemoData.this.interactions
				.save(new Interaction(new InteractionDetails(partner.getId(), partnership.getId(), dateDaysAgo(daysAgo),
						kind, approach, purpose, summary, outcome, null, null, null, List.of())));
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
