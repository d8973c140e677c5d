package id.jejaring.workplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.NeedAspect;
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

import static id.jejaring.workplan.ContributionKind.CASH;
import static id.jejaring.workplan.ContributionKind.EQUIPMENT;
import static id.jejaring.workplan.ContributionKind.INSTRUCTOR_HOURS;
import static id.jejaring.workplan.ContributionKind.INTERNSHIP_PLACES;
import static id.jejaring.workplan.ContributionKind.OTHER_IN_KIND;
import static id.jejaring.workplan.ContributionKind.ROOMS;

/**
 * Demo work plans for LKP Terampil Mandiri (Bandung): every demo partnership at or past
 * the joint work plan stage gets a plan for its current cycle, with objectives,
 * indicators with targets and activities with what each party brings in cash and in kind,
 * so its work-plan gate holds. Party 0 is the institution, 1 and 2 the partnership's
 * partners in order (a missing second partner falls back to the first).
 */
@Component
@Order(80)
class WorkPlanDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WorkPlanDemoData.class);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Partnerships partnerships;

	private final WorkPlans plans;

	private final WorkPlanRepository repository;

	private final UserDetailsService userDetails;

	private final TransactionTemplate transaction;

	WorkPlanDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Partnerships partnerships, WorkPlans plans, WorkPlanRepository repository, UserDetailsService userDetails,
			TransactionTemplate transaction) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.partnerships = partnerships;
		this.plans = plans;
		this.repository = repository;
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
					if (this.repository.count() == 0) {
						bandung();
						log.info("Demo work plans loaded for K5651234");
					}
				}));
	}

	private void bandung() {
		plan("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 1, (p) -> {
			p.objective("Peserta kelas menjahit berlatih di bengkel BLK dengan mesin industri dan instruktur BLK", 0);
			p.objective("Lulusan lulus uji kompetensi menjahit dan siap bekerja di industri garmen", 1);
			p.indicator(IndicatorMeasure.PARTICIPANTS_TRAINED, 0, 40, 0);
			p.indicator(IndicatorMeasure.GRADUATES_CERTIFIED, 12, 30, 1);
			p.indicator(IndicatorMeasure.INSTRUCTOR_HOURS, 0, 240, 2);
			p.activity("Pelatihan menjahit pakaian wanita di bengkel BLK (2 angkatan)", NeedAspect.FACILITIES, 2, 2, 3,
					5, 30, "Bengkel Jahit UPTD BLK Kabupaten Bandung", 48_000_000, 0,
					p.gives(2, ROOMS, "Bengkel jahit 20 mesin, 3 hari per minggu", 18_000_000),
					p.gives(2, INSTRUCTOR_HOURS, "2 instruktur BLK, 240 jam", 24_000_000),
					p.gives(0, CASH, "Bahan praktik dan konsumsi peserta", 6_000_000));
			p.activity("Uji kompetensi menjahit bersama LSP", NeedAspect.JOINT_PROGRAM, 0, 6, 10, 6, 14,
					"TUK LKP Terampil Mandiri", 15_000_000, 1,
					p.gives(1, CASH, "Biaya uji kompetensi 30 peserta", 12_000_000),
					p.gives(0, ROOMS, "Ruang uji dan mesin jahit", 3_000_000));
		});
		plan("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 2, (p) -> {
			p.objective("Melatih tiga angkatan kelas busana muslim dengan instruktur dan bengkel BLK", 0);
			p.objective("Lebih banyak lulusan ditempatkan di industri garmen melalui bursa kerja Disnaker", 1);
			p.indicator(IndicatorMeasure.PARTICIPANTS_TRAINED, 40, 60, 0);
			p.indicator(IndicatorMeasure.GRADUATES_PLACED, 14, 30, 1);
			p.indicator(IndicatorMeasure.JOB_ORDERS, 1, 4, 0);
			p.activity("Kelas menjahit busana muslim di bengkel BLK (3 angkatan)", NeedAspect.FACILITIES, 2, 1, 13, 9,
					30, "Bengkel Jahit UPTD BLK Kabupaten Bandung", 72_000_000, 0,
					p.gives(2, ROOMS, "Bengkel jahit 20 mesin, 3 hari per minggu", 27_000_000),
					p.gives(2, INSTRUCTOR_HOURS, "2 instruktur BLK, 360 jam", 36_000_000),
					p.gives(0, CASH, "Bahan praktik dan konsumsi peserta", 9_000_000));
			p.activity("Bursa kerja mini bagi lulusan bersama industri garmen", NeedAspect.USE_OF_OUTPUTS, 1, 10, 15,
					10, 16, "Aula Dinas Tenaga Kerja Kabupaten Bandung", 8_000_000, 1,
					p.gives(1, ROOMS, "Aula dan undangan perusahaan", 5_000_000),
					p.gives(0, CASH, "Transportasi lulusan dan dokumentasi", 3_000_000));
		});
		plan("Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya", 1, (p) -> {
			p.objective("Lulusan menjahit mendapat pengalaman kerja industri melalui magang tiga bulan", 0);
			p.objective("Perusahaan memperoleh operator jahit siap kerja dari lulusan magang", 1);
			p.indicator(IndicatorMeasure.INTERNSHIPS, 0, 20, 0);
			p.indicator(IndicatorMeasure.GRADUATES_PLACED, 3, 12, 1);
			p.activity("Magang operator jahit di lini produksi (angkatan Januari)", NeedAspect.JOINT_PROGRAM, 1, 1, 6,
					4, 4, "PT Sinar Garmen, Majalaya", 67_200_000, 0,
					p.gives(1, INTERNSHIP_PLACES, "20 tempat magang selama 3 bulan", 30_000_000),
					p.gives(1, CASH, "Uang saku Rp 500.000 per bulan untuk 20 peserta", 30_000_000),
					p.gives(0, INSTRUCTOR_HOURS, "Pembimbing LKP dua kali seminggu", 7_200_000));
			p.activity("Seleksi dan penempatan lulusan magang", NeedAspect.USE_OF_OUTPUTS, 1, 4, 7, 4, 30,
					"Kantor HRD PT Sinar Garmen", 5_000_000, 1,
					p.gives(1, OTHER_IN_KIND, "Seleksi dan pelatihan induksi oleh HRD", 5_000_000));
		});
		plan("Bantuan mesin jahit industri dari CSR bank bjb", 1, (p) -> {
			p.objective("Menambah mesin jahit industri agar kapasitas kelas naik dari 12 menjadi 20 peserta", 0);
			p.indicator(IndicatorMeasure.EQUIPMENT_RECEIVED, 0, 8, 0);
			p.indicator(IndicatorMeasure.PARTICIPANTS_TRAINED, 36, 60, 1);
			p.activity("Pengadaan dan serah terima 8 mesin jahit high speed", NeedAspect.FACILITIES, 1, 3, 2, 3, 28,
					"LKP Terampil Mandiri", 106_000_000, 0,
					p.gives(1, EQUIPMENT, "8 mesin jahit industri high speed dengan meja", 96_000_000),
					p.gives(0, ROOMS, "Ruang kelas kedua untuk mesin baru", 10_000_000));
			p.activity("Pelatihan perawatan mesin bagi instruktur", NeedAspect.STAFF, 0, 4, 8, 4, 9,
					"LKP Terampil Mandiri", 4_500_000, 1, p.gives(1, CASH, "Honor teknisi pelatih", 4_500_000));
		});
		plan("Bantuan program PKW tas rajut dari Dinas Pendidikan", 1, (p) -> {
			p.objective("Peserta Pendidikan Kecakapan Wirausaha mampu membuka usaha tas rajut", 1);
			p.indicator(IndicatorMeasure.PARTICIPANTS_TRAINED, 0, 25, 1);
			p.indicator(IndicatorMeasure.PRODUCTS_MARKETED, 0, 300, 0);
			p.ownIndicator("Lulusan yang membuka usaha", "orang", 0, 10, 1);
			p.activity("Pelatihan kewirausahaan tas rajut (PKW) 200 jam", NeedAspect.JOINT_PROGRAM, 0, 5, 5, 7, 31,
					"LKP Terampil Mandiri", 113_500_000, 1,
					p.gives(1, CASH, "Dana bantuan program PKW untuk 25 peserta", 87_500_000),
					p.gives(0, INSTRUCTOR_HOURS, "Instruktur rajut 200 jam", 20_000_000),
					p.gives(0, ROOMS, "Ruang praktik rajut", 6_000_000));
			p.activity("Pendampingan usaha dan paket alat bagi lulusan", NeedAspect.FUNDS, 0, 8, 1, 11, 30,
					"Rumah usaha lulusan", 25_000_000, 0,
					p.gives(1, EQUIPMENT, "25 paket alat dan bahan awal usaha rajut", 25_000_000));
		});
		plan("Beasiswa dan modal usaha bagi mustahik bersama BAZNAS", 1, (p) -> {
			p.objective("Lima belas mustahik mengikuti kelas menjahit tanpa biaya dan memulai usaha", 1);
			p.indicator(IndicatorMeasure.PARTICIPANTS_TRAINED, 0, 15, 1);
			p.ownIndicator("Penerima modal usaha", "orang", 0, 15, 1);
			p.activity("Kelas menjahit beasiswa mustahik", NeedAspect.JOINT_PROGRAM, 0, 7, 7, 9, 30,
					"LKP Terampil Mandiri", 46_875_000, 0,
					p.gives(1, CASH, "Beasiswa Rp 2.500.000 untuk 15 peserta", 37_500_000),
					p.gives(0, OTHER_IN_KIND, "Potongan biaya pelatihan 20%", 9_375_000));
			p.activity("Penyaluran modal usaha bagi lulusan", NeedAspect.FUNDS, 1, 10, 1, 10, 31,
					"Kantor BAZNAS Kabupaten Bandung", 45_000_000, 1,
					p.gives(1, CASH, "Modal usaha Rp 3.000.000 untuk 15 lulusan", 45_000_000));
		});
		plan("Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita", 1, (p) -> {
			p.objective("Tas rajut buatan lulusan terjual rutin melalui toko koperasi", 0);
			p.objective("Sepuluh lulusan mendapat pinjaman dana bergulir untuk modal bahan", 1);
			p.indicator(IndicatorMeasure.PRODUCTS_MARKETED, 120, 400, 0);
			p.indicator(IndicatorMeasure.FUNDS_RECEIVED, 0, 50_000_000, 1);
			p.indicator(IndicatorMeasure.JOB_ORDERS, 2, 8, 1);
			p.activity("Etalase dan penjualan tas rajut di toko koperasi", NeedAspect.USE_OF_OUTPUTS, 1, 1, 15, 12, 31,
					"Toko Koperasi Wanita, Soreang", 9_500_000, 0,
					p.gives(1, ROOMS, "Etalase di toko koperasi selama 12 bulan", 6_000_000),
					p.gives(0, EQUIPMENT, "Label, kemasan dan katalog produk", 3_500_000));
			p.activity("Dana bergulir bagi 10 lulusan", NeedAspect.FUNDS, 1, 2, 1, 12, 31, "Koperasi Wanita",
					50_000_000, 1, p.gives(1, CASH, "Pinjaman bergulir Rp 5.000.000 untuk 10 lulusan", 50_000_000));
			p.activity("Pameran produk UMKM pada Hari Koperasi", NeedAspect.JOINT_PROGRAM, 0, 7, 12, 7, 14,
					"Alun-alun Soreang", 5_000_000, 1, p.gives(0, CASH, "Sewa stan dan transportasi", 2_500_000),
					p.gives(1, CASH, "Biaya pendaftaran pameran", 2_500_000));
		});
		plan("Penguji praktik dan produk rias pengantin bersama HARPI Melati", 1, (p) -> {
			p.objective("Peserta rias pengantin diuji oleh penguji praktik HARPI yang diakui", 0);
			p.objective("Produk kosmetika mitra dipakai dan dikenalkan dalam praktik", 2);
			p.indicator(IndicatorMeasure.GRADUATES_CERTIFIED, 8, 20, 1);
			p.indicator(IndicatorMeasure.INSTRUCTOR_HOURS, 0, 60, 1);
			p.activity("Ujian praktik rias pengantin Sunda Siger", NeedAspect.JOINT_PROGRAM, 1, 6, 20, 6, 21,
					"LKP Terampil Mandiri", 6_000_000, 0,
					p.gives(1, INSTRUCTOR_HOURS, "3 penguji HARPI selama 2 hari", 4_500_000),
					p.gives(0, ROOMS, "Ruang praktik rias", 1_500_000));
			p.activity("Kelas tambahan rias modifikasi oleh perias senior", NeedAspect.STAFF, 1, 8, 3, 9, 28,
					"LKP Terampil Mandiri", 14_600_000, 1,
					p.gives(1, INSTRUCTOR_HOURS, "Perias senior 48 jam", 9_600_000),
					p.gives(2, EQUIPMENT, "Paket kosmetika untuk praktik", 5_000_000));
		});
	}

	private void plan(String title, int cycle, Consumer<Plan> items) {
		Optional<Partnership> found = this.partnerships
			.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
			.stream()
			.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
			.findFirst();
		if (found.isEmpty()) {
			log.info("Demo partnership '{}' (cycle {}) missing; no demo work plan", title, cycle);
			return;
		}
		items.accept(new Plan(found.get()));
	}

	/** Adds one plan's items through the service, as the staff member would. */
	private final class Plan {

		private final UUID id;

		private final List<UUID> partners;

		private final int year;

		Plan(Partnership partnership) {
			this.id = partnership.getId();
			this.partners = partnership.partnerIds();
			this.year = partnership.getYear();
		}

		UUID party(int index) {
			return (index == 0 || this.partners.isEmpty()) ? null
					: this.partners.get(Math.min(index, this.partners.size()) - 1);
		}

		void objective(String text, int proposer) {
			WorkPlanDemoData.this.plans.addObjective(this.id, new ObjectiveDetails(text, party(proposer)));
		}

		void indicator(IndicatorMeasure measure, long baseline, long target, int proposer) {
			WorkPlanDemoData.this.plans.addIndicator(this.id,
					new IndicatorDetails(measure, null, null, baseline, target, party(proposer)));
		}

		void ownIndicator(String name, String unit, long baseline, long target, int proposer) {
			WorkPlanDemoData.this.plans.addIndicator(this.id,
					new IndicatorDetails(null, name, unit, baseline, target, party(proposer)));
		}

		ContributionDetails gives(int party, ContributionKind kind, String description, long value) {
			return new ContributionDetails(party(party), kind, description, value);
		}

		void activity(String description, NeedAspect aspect, int responsible, int startMonth, int startDay,
				int endMonth, int endDay, String place, long budget, int proposer,
				ContributionDetails... contributions) {
			PlanActivity activity = WorkPlanDemoData.this.plans.addActivity(this.id,
					new ActivityDetails(description, aspect, party(responsible),
							LocalDate.of(this.year, startMonth, startDay), LocalDate.of(this.year, endMonth, endDay),
							place, budget, party(proposer)));
			for (ContributionDetails contribution : contributions) {
				WorkPlanDemoData.this.plans.addContribution(this.id, activity.getId(), contribution);
			}
		}

	}

}
