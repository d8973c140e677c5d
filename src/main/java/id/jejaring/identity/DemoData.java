package id.jejaring.identity;

import java.util.List;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.InstitutionProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo institutions and users, loaded on the first start of the embedded (H2) setup, or
 * on PostgreSQL only when JEJARING_DEMO_DATA=true. Later modules add their own demo
 * records for these institutions (found by NPSN) with runners ordered after this one.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "jejaring-demo";

	static final String BANDUNG_NPSN = "K5651234";

	static final String SEMARANG_NPSN = "K5659876";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final UserManagement users;

	private final TransactionTemplate transaction;

	DemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions, UserManagement users,
			TransactionTemplate transaction) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.users = users;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.users.usernameTaken("pengelola.bandung")) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> load());
		log.info("Demo data loaded: sign in as pengelola.bandung, staf.bandung, pengelola.semarang, staf.semarang, "
				+ "pendamping, pengawas.jabar or admin with the password '{}'", PASSWORD);
	}

	private void load() {
		Institution bandung = this.institutions.create(new InstitutionProfile("LKP Terampil Mandiri", BANDUNG_NPSN,
				"Yayasan Terampil Mandiri Sejahtera", "Jl. Raya Soreang No. 128, Desa Pamekaran", "32.04.37",
				"+62225891234", "+6281322456789", "info@terampilmandiri.or.id", "https://terampilmandiri.or.id",
				"Hj. Euis Komariah, S.Pd.", 2008, "B", 2023,
				"Menjadi lembaga kursus dan pelatihan unggulan di Kabupaten Bandung yang menghasilkan lulusan "
						+ "terampil, mandiri, dan siap kerja.",
				"1. Menyelenggarakan kursus menjahit, tata rias, dan komputer perkantoran yang sesuai kebutuhan "
						+ "dunia usaha dan dunia industri.\n2. Menjalin kemitraan dengan dunia usaha, pemerintah, dan "
						+ "masyarakat.\n3. Membekali peserta didik dengan keterampilan berwirausaha.",
				"Meningkatnya jumlah lulusan yang bekerja atau berwirausaha dan bertambahnya mitra kerja lembaga."));
		Institution semarang = this.institutions.create(new InstitutionProfile("LKP Cipta Karya", SEMARANG_NPSN,
				"Yayasan Cipta Karya Mandiri", "Jl. Ngesrep Timur V No. 45, Sumurboto", "33.74.11", "+62247471122",
				"+6285640123456", "admin@lkpciptakarya.id", "https://lkpciptakarya.id", "Drs. Bambang Sutrisno, M.M.",
				2012, "A", 2024,
				"Lembaga pelatihan yang terpercaya dalam mencetak tenaga terampil di bidang tata boga dan "
						+ "teknologi informasi di Jawa Tengah.",
				"1. Menyelenggarakan pelatihan berbasis kompetensi.\n2. Bekerja sama dengan industri untuk magang "
						+ "dan penempatan lulusan.\n3. Mengembangkan jiwa kewirausahaan peserta.",
				"Seluruh lulusan tersertifikasi kompetensi dan separuhnya terserap di dunia kerja dalam enam bulan."));

		create("admin", Role.PLATFORM_ADMIN, null,
				new AccountDetails("Admin Platform Jejaring", "admin@jejaring.id", null));
		create("pengelola.bandung", Role.MANAGER, bandung,
				new AccountDetails("Euis Komariah", "euis@terampilmandiri.or.id", "+6281322456789"));
		create("staf.bandung", Role.STAFF, bandung,
				new AccountDetails("Dadang Sunarya", "dadang@terampilmandiri.or.id", "+6281223344556"));
		create("pengelola.semarang", Role.MANAGER, semarang,
				new AccountDetails("Bambang Sutrisno", "bambang@lkpciptakarya.id", "+6285640123456"));
		create("staf.semarang", Role.STAFF, semarang,
				new AccountDetails("Sri Wahyuni", "sri@lkpciptakarya.id", "+6281390112233"));
		UserAccount facilitator = create("pendamping", Role.FACILITATOR, null,
				new AccountDetails("Rahmat Hidayat", "rahmat.hidayat@pendamping.id", "+6281298765432"));
		this.users.assignInstitutions(facilitator, List.of(bandung.getId(), semarang.getId()));
		UserAccount supervisor = create("pengawas.jabar", Role.SUPERVISOR, null,
				new AccountDetails("Nina Marlina", "nina.marlina@disdik.jabarprov.go.id", "+6281311223344"));
		this.users.superviseRegion(supervisor, "32");
	}

	private UserAccount create(String username, Role role, Institution institution, AccountDetails details) {
		return this.users
			.createWithPassword(username, PASSWORD, role, (institution != null) ? institution.getId() : null, details)
			.account();
	}

}
