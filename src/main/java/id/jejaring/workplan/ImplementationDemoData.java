package id.jejaring.workplan;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.PdfRenderer;
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
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.HtmlUtils;

/**
 * Demo implementation for LKP Terampil Mandiri (Bandung), on the demo work plans: the
 * staff member reports each activity's status and progress, uploads evidence (a small PDF
 * or photo) and records indicator actuals month by month; the manager then verifies most
 * evidence. The sewing class with BLK's first cycle is complete and verified, its second
 * cycle has evidence awaiting verification and a late activity, the internship with PT
 * Sinar Garmen has an activity ended without evidence. Dates that would lie after today
 * are brought back to today.
 */
@Component
@Order(90)
class ImplementationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImplementationDemoData.class);

	private static final DataSize LIMIT = DataSize.ofMegabytes(5);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Partnerships partnerships;

	private final WorkPlans plans;

	private final PlanImplementation implementation;

	private final ActivityEvidenceRepository evidence;

	private final UserDetailsService userDetails;

	private final TransactionTemplate transaction;

	private final List<UUID[]> toVerify = new ArrayList<>();

	private LocalDate today;

	ImplementationDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Partnerships partnerships, WorkPlans plans, PlanImplementation implementation,
			ActivityEvidenceRepository evidence, UserDetailsService userDetails, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.partnerships = partnerships;
		this.plans = plans;
		this.implementation = implementation;
		this.evidence = evidence;
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
		boolean[] loaded = { false };
		SignedInWork.run(this.userDetails.loadUserByUsername("staf.bandung"), institution,
				() -> this.transaction.executeWithoutResult((status) -> {
					if (this.evidence.count() == 0) {
						this.today = this.implementation.today();
						bandung();
						loaded[0] = true;
					}
				}));
		if (loaded[0]) {
			SignedInWork.run(this.userDetails.loadUserByUsername("pengelola.bandung"), institution,
					() -> this.transaction.executeWithoutResult((status) -> this.toVerify.forEach((ids) -> {
						ActivityEvidence e = this.evidence.findById(ids[1]).orElseThrow();
						this.implementation.verify(ids[0], e.getId(), e.getVersion());
					})));
			log.info("Demo implementation loaded for K5651234");
		}
		this.toVerify.clear();
	}

	private void bandung() {
		on("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 1, (p) -> {
			p.done(0, "Daftar hadir dan jurnal praktik angkatan 1 dan 2", true, 0);
			p.photo(0, "Foto praktik menjahit di bengkel BLK", true);
			p.done(1, "Berita acara uji kompetensi menjahit dari LSP", true, 1);
			p.actuals(0, 3, 18, 5, 22);
			p.actuals(1, 6, 27);
			p.actuals(2, 3, 60, 4, 60, 5, 60, 6, 60);
		});
		on("Dukungan instruktur dan bengkel BLK untuk kelas menjahit", 2, (p) -> {
			p.done(0, "Rekap kehadiran tiga angkatan kelas busana muslim", true, 0);
			p.photo(0, "Foto penutupan angkatan ketiga bersama instruktur BLK", false);
			p.running(1, 30, "Bursa kerja tertunda menunggu jadwal aula Disnaker");
			p.actuals(0, 3, 20, 6, 19, 9, 18);
			p.actuals(1, 7, 3, 8, 4);
			p.actuals(2, 5, 1);
		});
		on("Magang dan penyerapan lulusan menjahit di PT Sinar Garmen Majalaya", 1, (p) -> {
			p.doneWithoutEvidence(0);
			p.running(1, 70, null);
			p.photo(1, "Foto seleksi lulusan magang oleh HRD", false);
			p.actuals(0, 1, 20);
			p.actuals(1, 4, 2, 5, 3);
		});
		on("Pemasaran tas rajut dan dana bergulir bersama Koperasi Wanita", 1, (p) -> {
			p.running(0, 85, null);
			p.photo(0, "Foto etalase tas rajut di toko koperasi", true);
			p.running(1, 80, null);
			p.document(1, "Perjanjian pinjaman dana bergulir 8 lulusan", true);
			p.done(2, "Laporan pameran Hari Koperasi dan daftar penjualan", true, 0);
			p.actuals(0, 2, 30, 4, 45, 6, 50, 7, 70, 9, 55, 10, 40);
			p.actuals(1, 2, 20_000_000, 5, 20_000_000);
			p.actuals(2, 3, 1, 7, 2, 10, 1);
		});
		on("Penguji praktik dan produk rias pengantin bersama HARPI Melati", 1, (p) -> {
			p.done(0, "Berita acara ujian praktik rias pengantin Sunda Siger", true, 0);
			p.photo(0, "Foto peserta ujian dengan penguji HARPI", true);
			p.done(1, "Daftar hadir kelas rias modifikasi", true, 2);
			p.actuals(0, 6, 12);
			p.actuals(1, 6, 12, 8, 24, 9, 24);
		});
	}

	private void on(String title, int cycle, Consumer<Plan> steps) {
		Optional<Partnership> found = this.partnerships
			.list(new PartnershipFilter(null, null, null, title), PageRequest.of(0, 10))
			.stream()
			.filter((p) -> p.getTitle().equals(title) && p.getCycle() == cycle)
			.findFirst();
		Optional<WorkPlan> plan = found.flatMap((p) -> this.plans.current(p.getId()));
		if (plan.isEmpty()) {
			log.info("Demo plan of '{}' (cycle {}) missing; no demo implementation", title, cycle);
			return;
		}
		steps.accept(new Plan(found.get(), plan.get()));
	}

	private LocalDate notAfterToday(LocalDate date) {
		return date.isAfter(this.today) ? this.today : date;
	}

	/** One plan's implementation, through the services as the staff member would. */
	private final class Plan {

		private final UUID id;

		private final int year;

		private final List<PlanActivity> activities;

		private final List<PlanIndicator> indicators;

		Plan(Partnership partnership, WorkPlan plan) {
			this.id = partnership.getId();
			this.year = partnership.getYear();
			this.activities = plan.getActivities();
			this.indicators = plan.getIndicators();
		}

		private PlanActivity activity(int index) {
			return this.activities.get(Math.min(index, this.activities.size() - 1));
		}

		private void report(int index, ActivityStatus status, int progress, boolean ended, String note) {
			PlanActivity a = activity(index);
			LocalDate start = notAfterToday(a.getStartsOn().plusDays(index % 2));
			LocalDate end = ended ? notAfterToday(a.getEndsOn().plusDays(index)) : null;
			if (end != null && end.isBefore(start)) {
				end = start;
			}
			implementation.report(this.id, a.getId(), a.getVersion(),
					new ActivityReport(status, progress, start, end, note));
		}

		/** Done (finished {@code daysLate} after the planned end) with a document. */
		void done(int index, String caption, boolean verified, int daysLate) {
			PlanActivity a = activity(index);
			LocalDate start = notAfterToday(a.getStartsOn());
			LocalDate end = notAfterToday(a.getEndsOn().plusDays(daysLate));
			implementation.report(this.id, a.getId(), a.getVersion(),
					new ActivityReport(ActivityStatus.DONE, 100, start, end.isBefore(start) ? start : end, null));
			document(index, caption, verified);
		}

		void doneWithoutEvidence(int index) {
			report(index, ActivityStatus.DONE, 100, true, null);
		}

		void running(int index, int progress, String note) {
			report(index, ActivityStatus.RUNNING, progress, false, note);
		}

		void document(int index, String caption, boolean verified) {
			submit(index, caption.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf",
					pdf(caption, activity(index).getDescription()), caption, verified);
		}

		void photo(int index, String caption, boolean verified) {
			submit(index, "foto-kegiatan.png", png(), caption, verified);
		}

		private void submit(int index, String name, byte[] content, String caption, boolean verified) {
			ActivityEvidence e = implementation.submitEvidence(this.id, activity(index).getId(), name, content, LIMIT,
					caption);
			if (verified) {
				ImplementationDemoData.this.toVerify.add(new UUID[] { this.id, e.getId() });
			}
		}

		/** Month-value pairs of the plan's year, up to this month. */
		void actuals(int indicator, long... monthsAndValues) {
			if (indicator >= this.indicators.size()) {
				return;
			}
			for (int i = 0; i + 1 < monthsAndValues.length; i += 2) {
				YearMonth month = YearMonth.of(this.year, (int) monthsAndValues[i]);
				if (!month.isAfter(YearMonth.from(ImplementationDemoData.this.today))) {
					implementation.recordActual(this.id, this.indicators.get(indicator).getId(), month,
							monthsAndValues[i + 1], null);
				}
			}
		}

	}

	/** A one-page PDF naming the evidence and its activity. */
	static byte[] pdf(String caption, String activity) {
		return PdfRenderer.render("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
				+ "<meta charset=\"UTF-8\" /><title>Bukti kegiatan</title><style>body { font-family: 'DejaVu Serif'; "
				+ "font-size: 11pt; }</style></head><body><h1>" + HtmlUtils.htmlEscape(caption) + "</h1><p>Kegiatan: "
				+ HtmlUtils.htmlEscape(activity) + "</p><p>LKP Terampil Mandiri, Kabupaten Bandung</p></body></html>");
	}

	/** A small PNG standing in for a photo. */
	static byte[] png() {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 16; x++) {
			for (int y = 0; y < 12; y++) {
				image.setRGB(x, y, new Color(40 + x * 10, 90 + y * 10, 140).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
