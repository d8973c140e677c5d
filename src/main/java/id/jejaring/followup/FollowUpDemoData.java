package id.jejaring.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.identity.JejaringUser;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo improvement and follow-up for LKP Terampil Mandiri (Bandung): the BLK sewing
 * support's first cycle with its improvements done and its decision to continue with
 * changes, linked to the second cycle the partnership demo made; the women's cooperative
 * at improvement with open actions and no decision yet; and the bridal make-up
 * partnership at follow-up with a decision to continue whose next cycle is not started,
 * so a new user can start it. Every demo partnership past improvement has its decision,
 * so the improvement gate holds. Written to the repositories directly, since the first
 * cycle is already completed.
 */
@Component
@Order(110)
class FollowUpDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FollowUpDemoData.class);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Partnerships partnerships;

	private final ImprovementActionRepository actions;

	private final CycleDecisionRepository decisions;

	private final UserDetailsService userDetails;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FollowUpDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Partnerships partnerships, ImprovementActionRepository actions, CycleDecisionRepository decisions,
			UserDetailsService userDetails, TransactionTemplate transaction, Clock clock) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.partnerships = partnerships;
		this.actions = actions;
		this.decisions = decisions;
		this.userDetails = userDetails;
		this.transaction = transaction;
		this.clock = clock;
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
		UserDetails manager = this.userDetails.loadUserByUsername("pengelola.bandung");
		UserDetails staff = this.userDetails.loadUserByUsername("staf.bandung");
		SignedInWork.run(manager, institution, () -> this.transaction.executeWithoutResult((status) -> {
			if (this.decisions.count() == 0 && this.actions.count() == 0) {
				bandung(id(manager), id(staff));
				log.info("Demo improvement and follow-up loaded for K5651234");
			}
		}));
	}

	private void bandung(UUID manager, UUID staff) {
		LocalDate today = LocalDate.now(this.clock.withZone(FollowUps.WIB));
		// Cycle 1 (2025) of the BLK sewing support: improvements done, continued with
		// changes as cycle 2.
		find("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 1).ifPresent((blk) -> {
			action(blk, "Pindahkan jadwal praktik ke Rabu dan Jumat agar tidak bentrok dengan pelatihan BLK", staff,
					today.minusDays(360), ImprovementStatus.DONE,
					"Disepakati di rapat rencana tindak lanjut; berlaku sejak angkatan 1 tahun 2026.");
			action(blk, "Tambah jam praktik mesin obras bersama instruktur BLK", manager, today.minusDays(340),
					ImprovementStatus.DONE, "BLK menambah 4 mesin obras dan 20 jam praktik per angkatan.");
			action(blk, "Kirim data penempatan kerja lulusan ke Disnaker tiap triwulan", staff, today.minusDays(300),
					ImprovementStatus.DONE, null);
			Optional<Partnership> next = find("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 2);
			decision(blk, DecisionOutcome.CONTINUE_WITH_CHANGES,
					"Target siklus 2025 tercapai (31 dari 38 peserta lulus uji kompetensi); dilanjutkan tahun 2026 "
							+ "dengan jadwal praktik Rabu dan Jumat, tiga angkatan, dan adendum MoU.",
					manager, today.minusDays(346), next.map(Partnership::getId).orElse(null));
		});
		// At improvement: the women's cooperative, actions open, no decision yet.
		find("Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita", 1).ifPresent((marketing) -> {
			action(marketing, "Rancang 5 model tas rajut baru mengikuti selera pasar bersama pengurus koperasi", staff,
					today.plusDays(14), ImprovementStatus.IN_PROGRESS, "Dua model sudah dibuat contohnya.");
			action(marketing, "Buka toko koperasi di marketplace dan latih 3 lulusan memotret produk", manager,
					today.plusDays(30), ImprovementStatus.OPEN, null);
			action(marketing, "Tagih tunggakan dana bergulir 3 lulusan secara kekeluargaan", staff, today.minusDays(3),
					ImprovementStatus.OPEN, null);
		});
		// At follow-up: the bridal make-up partnership decided to continue; its next
		// cycle is left for the user to start.
		find("Penguji praktik dan produk rias pengantin bersama HARPI Melati", 1).ifPresent((bridal) -> {
			action(bridal, "Jadwalkan demo produk pada akhir pekan agar peserta yang bekerja bisa ikut", staff,
					today.minusDays(100), ImprovementStatus.DONE, "Demo produk kini tiap Sabtu kedua.");
			action(bridal, "Ajukan lisensi TUK ke LSP agar ujian praktik bersertifikat BNSP", manager,
					today.plusDays(45), ImprovementStatus.IN_PROGRESS, "Berkas TUK sedang dilengkapi.");
			decision(bridal, DecisionOutcome.CONTINUE,
					"Ujian praktik berjalan baik dan kedua mitra ingin melanjutkan tahun 2027.", manager,
					today.minusDays(44), null);
		});
	}

	private Optional<Partnership> find(String title, int cycle) {
		Optional<Partnership> found = this.partnerships
			.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
			.stream()
			.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
			.findFirst();
		if (found.isEmpty()) {
			log.info("Demo partnership '{}' (cycle {}) missing; no demo follow-up", title, cycle);
		}
		return found;
	}

	private void action(Partnership partnership, String description, UUID owner, LocalDate due,
			ImprovementStatus status, String note) {
		this.actions.save(new ImprovementAction(partnership.getId(), partnership.getCycle(),
				new ImprovementActionDetails(description, owner, due, status, note)));
	}

	private void decision(Partnership partnership, DecisionOutcome outcome, String reason, UUID by, LocalDate on,
			UUID next) {
		CycleDecision decision = new CycleDecision(partnership.getId(), partnership.getCycle());
		decision.decide(new DecisionDetails(outcome, reason), by, on);
		if (next != null) {
			decision.startedAs(next);
		}
		this.decisions.save(decision);
	}

	private static UUID id(UserDetails user) {
		return (user instanceof JejaringUser member) ? member.id() : null;
	}

}
