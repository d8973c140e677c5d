package id.jejaring.partner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.NeedAspect;
import id.jejaring.shared.SignedInWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo partners: about forty for LKP Terampil Mandiri (Kabupaten Bandung) across the
 * categories, with contacts, some map locations, tags and offerings, and two deliberate
 * near-duplicates; fifteen for LKP Cipta Karya (Semarang). Generated from small tables;
 * skips an institution that already has partners.
 */
@Component
@Order(50)
class PartnerDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PartnerDemoData.class);

	/**
	 * name | category | sector | district | scale | status | tags | aspects offered |
	 * offer | CSR notes (blank: no CSR).
	 */
	static final String[] BANDUNG = {
			"Dinas Tenaga Kerja Kabupaten Bandung|GOVERNMENT.MANPOWER_OFFICE|Ketenagakerjaan dan pelatihan kerja|32.04.37|LARGE|ACTIVE|disnaker,penempatan|JOINT_PROGRAM,FUNDS|Program pelatihan berbasis kompetensi dan bantuan biaya uji kompetensi|",
			"UPTD Balai Latihan Kerja Kabupaten Bandung|GOVERNMENT.MANPOWER_OFFICE|Pelatihan kerja|32.04.37|MEDIUM|ACTIVE|blk,instruktur|FACILITIES,STAFF|Bengkel jahit dan instruktur bersertifikat BNSP|",
			"Dinas Pendidikan Kabupaten Bandung|GOVERNMENT.EDUCATION_OFFICE|Pendidikan nonformal|32.04.37|LARGE|ACTIVE|disdik,pkk-pkw|FUNDS|Bantuan program PKK dan PKW|",
			"Dinas Koperasi dan UKM Kabupaten Bandung|GOVERNMENT.COOPERATIVES_SME|Pembinaan koperasi dan UMKM|32.04.37|LARGE|CANDIDATE|umkm,wirausaha|JOINT_PROGRAM|Pendampingan usaha lulusan PKW|",
			"Dinas Sosial Kabupaten Bandung|GOVERNMENT.SOCIAL_AFFAIRS|Pemberdayaan sosial|32.04.37|LARGE|CANDIDATE|dinsos|FUNDS|Pelatihan bagi keluarga penerima manfaat|",
			"Dinas Perindustrian dan Perdagangan Kabupaten Bandung|GOVERNMENT.INDUSTRY_TRADE|Industri tekstil dan garmen|32.04.37|LARGE|CANDIDATE|garmen|JOINT_PROGRAM|Pameran produk dan temu bisnis|",
			"Dinas Pariwisata dan Kebudayaan Kabupaten Bandung|GOVERNMENT.TOURISM_CULTURE|Pariwisata|32.04.37|MEDIUM|CANDIDATE|wisata|USE_OF_OUTPUTS|Penata rias untuk festival budaya|",
			"PT Sinar Garmen Majalaya|BUSINESS.CSR|Garmen dan konveksi|32.04.33|LARGE|ACTIVE|garmen,magang,majalaya|FACILITIES,USE_OF_OUTPUTS,FUNDS|Tempat magang 20 peserta per angkatan dan penyerapan lulusan|Dana CSR pendidikan vokasi Rp 150 juta per tahun",
			"Sinar Garmen Majalaya, PT|BUSINESS.LARGE|Garmen|32.04.33|LARGE|CANDIDATE|garmen|USE_OF_OUTPUTS|Penyerapan lulusan menjahit|",
			"CV Rajut Mandiri Soreang|BUSINESS.SMALL|Kerajinan rajut|32.04.37|SMALL|ACTIVE|rajut,magang|USE_OF_OUTPUTS|Membeli hasil rajutan lulusan|",
			"PT Kahatex Rancaekek|BUSINESS.CSR|Tekstil|32.04.28|LARGE|CANDIDATE|tekstil,magang|FACILITIES,FUNDS|Praktik kerja industri|Program CSR pelatihan warga sekitar pabrik",
			"Konveksi Berkah Banjaran|BUSINESS.SMALL|Konveksi seragam sekolah|32.04.13|SMALL|ACTIVE|konveksi,majalaya|USE_OF_OUTPUTS|Pesanan jahitan untuk lulusan|",
			"PT Cahaya Busana Nusantara|BUSINESS.MEDIUM|Busana muslim|32.04.32|MEDIUM|CANDIDATE|busana|USE_OF_OUTPUTS|Rekrutmen operator jahit|",
			"CV Ayu Kosmetika (distributor Wardah Bandung Selatan)|BUSINESS.MEDIUM|Distribusi kosmetik|32.04.37|MEDIUM|ACTIVE|tata-rias,kosmetik|FACILITIES,STAFF|Produk untuk praktik rias dan demo oleh beauty advisor|",
			"Salon dan Rias Pengantin Sekar Ayu|BUSINESS.SMALL|Rias pengantin|32.04.39|SMALL|ACTIVE|tata-rias,magang|USE_OF_OUTPUTS|Tempat magang rias pengantin|",
			"Bank bjb Cabang Soreang|FINANCE.BANK|Perbankan|32.04.37|LARGE|ACTIVE|kredit-usaha,bjb|FUNDS|Kredit usaha untuk lulusan PKW|Beasiswa pelatihan melalui program CSR bjb",
			"BRI Unit Majalaya|FINANCE.BANK|Perbankan mikro|32.04.33|LARGE|CANDIDATE|kur|FUNDS|Kredit Usaha Rakyat|",
			"KUD Mitra Tani Pangalengan|FINANCE.COOPERATIVE|Koperasi susu dan simpan pinjam|32.04.15|MEDIUM|CANDIDATE|koperasi|FUNDS|Pinjaman modal anggota|",
			"Koperasi Wanita Sejahtera Ciparay|FINANCE.COOPERATIVE|Simpan pinjam perempuan|32.04.29|SMALL|ACTIVE|koperasi,perempuan|FUNDS,USE_OF_OUTPUTS|Modal usaha dan pemasaran produk rajut|",
			"SMK Negeri 1 Katapang|EDUCATION.SCHOOL|Tata busana dan tata kecantikan|32.04.11|MEDIUM|ACTIVE|smk,tata-busana|JOINT_PROGRAM,FACILITIES|Kelas bersama dan ruang praktik|",
			"SMK Bakti Nusantara Soreang|EDUCATION.SCHOOL|Akuntansi dan perkantoran|32.04.37|SMALL|CANDIDATE|smk,komputer|FACILITIES|Laboratorium komputer|",
			"Pondok Pesantren Al-Ittifaq Ciwidey|EDUCATION.PESANTREN|Pesantren agribisnis|32.04.39|MEDIUM|ACTIVE|pesantren,santri|JOINT_PROGRAM|Pelatihan menjahit bagi santri|",
			"Pondok Pesantren Daarul Ulum Baleendah|EDUCATION.PESANTREN|Pendidikan agama|32.04.32|SMALL|CANDIDATE|pesantren|JOINT_PROGRAM|Peserta dari santri|",
			"Universitas Pendidikan Indonesia|EDUCATION.UNIVERSITY|Pendidikan dan penelitian|32.04.05|LARGE|CANDIDATE|kampus,penelitian|STAFF,JOINT_PROGRAM|Mahasiswa KKN dan kajian kebutuhan pelatihan|",
			"Politeknik STTT Bandung|EDUCATION.UNIVERSITY|Teknologi tekstil|32.04.12|MEDIUM|CANDIDATE|kampus,tekstil|STAFF|Dosen tamu teknologi garmen|",
			"LKP Mekar Sari Cileunyi|EDUCATION.OTHER_LKP|Kursus komputer|32.04.05|SMALL|CANDIDATE|lkp|JOINT_PROGRAM|Berbagi instruktur|",
			"LSP Tata Rias Indonesia|CERTIFICATION.LSP|Sertifikasi tata rias|32.04.09|MEDIUM|ACTIVE|tata-rias,sertifikasi|STAFF|Asesor kompetensi tata rias pengantin|",
			"LSK Tata Busana Jawa Barat|CERTIFICATION.LSK|Uji kompetensi tata busana|32.04.09|MEDIUM|ACTIVE|sertifikasi,tata-busana|STAFF|Uji kompetensi menjahit|",
			"TP PKK Kabupaten Bandung|COMMUNITY.PKK|Pemberdayaan keluarga|32.04.37|LARGE|ACTIVE|pkk,perempuan|JOINT_PROGRAM|Sosialisasi dan rekrutmen peserta dari kader PKK|",
			"Karang Taruna Desa Sukamaju|COMMUNITY.YOUTH|Kepemudaan|32.04.33|SMALL|CANDIDATE|pemuda|JOINT_PROGRAM|Peserta dari pemuda desa|",
			"Majelis Taklim Al-Hidayah Katapang|COMMUNITY.RELIGIOUS_STUDY|Pengajian ibu-ibu|32.04.11|SMALL|CANDIDATE|pengajian,perempuan|JOINT_PROGRAM|Peserta pelatihan rajut|",
			"Ikatan Penata Rias Pengantin HARPI Melati Kab. Bandung|COMMUNITY.PROFESSIONAL_ASSOCIATION|Asosiasi penata rias|32.04.37|SMALL|ACTIVE|tata-rias,asosiasi|STAFF,USE_OF_OUTPUTS|Penguji dan jejaring kerja rias|",
			"Yayasan Bina Mandiri Sejahtera|COMMUNITY.NGO|Pemberdayaan perempuan|32.04.32|SMALL|FORMER|lsm,perempuan|FUNDS|Beasiswa pelatihan|",
			"Bapak H. Dedi Supriadi (Kepala Desa Sukamaju)|FIGURE.COMMUNITY|Pemerintahan desa|32.04.33|SMALL|ACTIVE|tokoh,desa|JOINT_PROGRAM,FACILITIES|Balai desa untuk pelatihan|",
			"Ustadz Ahmad Fauzi|FIGURE.RELIGIOUS|Tokoh agama|32.04.11|SMALL|CANDIDATE|tokoh|JOINT_PROGRAM|Sosialisasi kepada jamaah|",
			"Ibu Hj. Euis Komariah (tokoh masyarakat Soreang)|FIGURE.COMMUNITY|Tokoh perempuan|32.04.37|SMALL|ACTIVE|tokoh,perempuan|JOINT_PROGRAM|Menggerakkan ibu-ibu ikut pelatihan|",
			"Pusat Karya Rajut Binong|WORK_CENTRE|Sentra rajut|32.04.33|SMALL|CANDIDATE|rajut,sentra|USE_OF_OUTPUTS|Pemasaran tas rajut|",
			"BAZNAS Kabupaten Bandung|DONOR|Zakat dan pemberdayaan mustahik|32.04.37|MEDIUM|ACTIVE|zakat,beasiswa|FUNDS|Beasiswa pelatihan bagi mustahik|",
			"Rumah Zakat Bandung Selatan|DONOR|Filantropi|32.04.13|MEDIUM|CANDIDATE|zakat|FUNDS|Modal usaha lulusan|",
			"JICA Indonesia Office|FOREIGN|Kerja sama pembangunan|32.04.05|LARGE|FORMER|asing|STAFF|Relawan ahli garmen|" };

	static final String[] SEMARANG = {
			"Dinas Tenaga Kerja Kota Semarang|GOVERNMENT.MANPOWER_OFFICE|Ketenagakerjaan|33.74.07|LARGE|ACTIVE|disnaker|JOINT_PROGRAM|Pelatihan berbasis kompetensi|",
			"Dinas Pendidikan Kota Semarang|GOVERNMENT.EDUCATION_OFFICE|Pendidikan nonformal|33.74.01|LARGE|ACTIVE|disdik|FUNDS|Bantuan PKK|",
			"PT Sido Muncul Tbk|BUSINESS.CSR|Jamu dan farmasi|33.74.13|LARGE|CANDIDATE|csr|FUNDS|Dana pelatihan|Program CSR pemberdayaan UMKM",
			"Bank Jateng Cabang Utama Semarang|FINANCE.BANK|Perbankan|33.74.01|LARGE|ACTIVE|kredit-usaha|FUNDS|Kredit usaha lulusan|",
			"Koperasi Serba Usaha Sekar Arum|FINANCE.COOPERATIVE|Simpan pinjam|33.74.06|SMALL|CANDIDATE|koperasi|FUNDS|Modal anggota|",
			"SMK Negeri 6 Semarang|EDUCATION.SCHOOL|Tata boga dan busana|33.74.09|MEDIUM|ACTIVE|smk|FACILITIES|Dapur praktik|",
			"Universitas Negeri Semarang|EDUCATION.UNIVERSITY|Pendidikan|33.74.12|LARGE|CANDIDATE|kampus|STAFF|Dosen pendamping|",
			"Pondok Pesantren Askhabul Kahfi|EDUCATION.PESANTREN|Pesantren|33.74.12|MEDIUM|CANDIDATE|pesantren|JOINT_PROGRAM|Santri peserta|",
			"LSP Boga Nusantara|CERTIFICATION.LSP|Sertifikasi boga|33.74.10|MEDIUM|ACTIVE|sertifikasi|STAFF|Asesor boga|",
			"TP PKK Kota Semarang|COMMUNITY.PKK|Pemberdayaan keluarga|33.74.01|LARGE|ACTIVE|pkk|JOINT_PROGRAM|Rekrutmen peserta|",
			"Karang Taruna Kelurahan Tembalang|COMMUNITY.YOUTH|Kepemudaan|33.74.10|SMALL|CANDIDATE|pemuda|JOINT_PROGRAM|Peserta muda|",
			"Hotel Ciputra Semarang|BUSINESS.LARGE|Perhotelan|33.74.01|LARGE|ACTIVE|magang,hotel|USE_OF_OUTPUTS|Magang tata boga|",
			"Katering Bu Yati|BUSINESS.SMALL|Katering|33.74.06|SMALL|ACTIVE|boga|USE_OF_OUTPUTS|Pesanan untuk lulusan|",
			"Bapak Sutrisno (Lurah Tembalang)|FIGURE.COMMUNITY|Pemerintahan kelurahan|33.74.10|SMALL|CANDIDATE|tokoh|FACILITIES|Aula kelurahan|",
			"BAZNAS Kota Semarang|DONOR|Zakat|33.74.01|MEDIUM|CANDIDATE|zakat|FUNDS|Beasiswa pelatihan|" };

	static final String[] FIRST_NAMES = { "Siti", "Asep", "Dewi", "Ujang", "Rina", "Dadang", "Neneng", "Agus", "Yuli",
			"Hendra", "Lilis", "Budi", "Tati", "Ridwan", "Euis", "Wawan", "Nurul", "Iwan", "Ratna", "Cecep" };

	static final String[] LAST_NAMES = { "Rahmawati", "Suryana", "Lestari", "Hidayat", "Kurniasih", "Sutisna",
			"Nurhayati", "Setiawan", "Maryani", "Gunawan", "Sopiah", "Santoso", "Rohaeti", "Firmansyah" };

	static final String[] POSITIONS = { "Kepala bidang pelatihan", "Staf humas", "Manajer HRD", "Ketua", "Sekretaris",
			"Pimpinan cabang", "Koordinator program", "Bendahara" };

	private final boolean enabled;

	private final InstitutionManagement institutions;

	private final Partners partners;

	private final PartnerRepository repository;

	private final UserDetailsService users;

	private final TransactionTemplate transaction;

	PartnerDemoData(@Value("${jejaring.demo-data}") boolean enabled, InstitutionManagement institutions,
			Partners partners, PartnerRepository repository, UserDetailsService users,
			TransactionTemplate transaction) {
		this.enabled = enabled;
		this.institutions = institutions;
		this.partners = partners;
		this.repository = repository;
		this.users = users;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		load("K5651234", "pengelola.bandung", BANDUNG, 0);
		load("K5659876", "pengelola.semarang", SEMARANG, 7);
	}

	private void load(String npsn, String manager, String[] rows, int seed) {
		UUID institution = this.institutions.findByNpsn(npsn).map((i) -> i.getId()).orElse(null);
		if (institution == null) {
			return;
		}
		SignedInWork.run(this.users.loadUserByUsername(manager), institution,
				() -> this.transaction.executeWithoutResult((status) -> {
					if (this.repository.count() == 0) {
						for (int i = 0; i < rows.length; i++) {
							partner(rows[i], i + seed);
						}
						log.info("Demo partners loaded for {}", npsn);
					}
				}));
	}

	private void partner(String row, int n) {
		String[] f = row.split("\\|", -1);
		List<PartnerDetails.Offering> offerings = new ArrayList<>();
		String[] aspects = f[7].split(",");
		for (int a = 0; a < aspects.length; a++) {
			offerings.add(new PartnerDetails.Offering(NeedAspect.valueOf(aspects[a]), (a == 0) ? f[8] : null));
		}
		boolean person = f[1].startsWith("FIGURE.");
		boolean csr = !f[9].isBlank();
		boolean located = n % 3 != 2;
		boolean bandung = f[3].startsWith("32.");
		BigDecimal latitude = located
				? BigDecimal.valueOf((bandung ? -7.02 : -7.00) - (n % 9) * 0.013 + (n % 4) * 0.004)
					.setScale(6, java.math.RoundingMode.HALF_UP)
				: null;
		BigDecimal longitude = located
				? BigDecimal.valueOf((bandung ? 107.52 : 110.42) + (n % 7) * 0.017 - (n % 5) * 0.006)
					.setScale(6, java.math.RoundingMode.HALF_UP)
				: null;
		String slug = f[0].toLowerCase().replaceAll("[^a-z0-9]+", "");
		String email = person ? null : "info@" + slug.substring(0, Math.min(slug.length(), 14)) + ".id";
		Partner partner = this.partners.create(new PartnerDetails(
				person ? PartnerKind.PERSON : PartnerKind.ORGANISATION, f[0], f[1], f[2], PartnerScale.valueOf(f[4]),
				"Jl. " + street(n) + " No. " + (n * 7 % 120 + 1), f[3], latitude, longitude, phone(n, 22),
				(n % 2 == 0) ? phone(n, 812) : null, email, null, null, null, offerings, csr, csr ? f[9] : null,
				foundThrough(n), PartnerStatus.valueOf(f[5]), Arrays.asList(f[6].split(",")), null));
		int contacts = 1 + n % 3;
		for (int c = 0; c < contacts; c++) {
			int k = n * 3 + c;
			String name = FIRST_NAMES[k % FIRST_NAMES.length] + " " + LAST_NAMES[(k * 5 + 3) % LAST_NAMES.length];
			ContactRole role = ContactRole.values()[k % ContactRole.values().length];
			this.partners.addContact(partner.getId(),
					new ContactDetails(name, person ? null : POSITIONS[k % POSITIONS.length], phone(k, 813),
							(k % 2 == 0) ? phone(k, 857) : null,
							(k % 3 == 0) ? name.toLowerCase().replace(' ', '.') + "@gmail.com" : null, role, null));
		}
	}

	/** A made-up Indonesian number such as +62 812 2xxx xxxx. */
	private static String phone(int n, int prefix) {
		return "+62" + prefix + String.format("%08d", (n * 7919L + prefix * 31L) % 100_000_000L);
	}

	private static String street(int n) {
		String[] streets = { "Raya Soreang", "Raya Majalaya", "Terusan Kopo", "Raya Banjaran", "Laswi", "Raya Ciwidey",
				"Pahlawan", "Siliwangi" };
		return streets[n % streets.length];
	}

	private static String foundThrough(int n) {
		String[] ways = { "Rapat koordinasi di Disnaker", "Rekomendasi pengurus PKK", "Pameran UMKM",
				"Kunjungan langsung", "Alumni peserta kursus", "Media sosial" };
		return ways[n % ways.length];
	}

}
