package id.jejaring.agreement;

import java.util.List;

/**
 * The Indonesian clause library every institution starts from, in the order of a
 * customary nota kesepahaman: background and purpose first, the articles the sources
 * require (who organises, who manages, roles, funding, period, use of outputs), then
 * disputes, force majeure, amendment and closing. "PIHAK PERTAMA" is the institution,
 * "PIHAK KEDUA" the partner, as Indonesian agreements name them.
 */
final class DefaultClauses {

	static final List<Clause> ALL = List.of(
			new Clause(ClauseType.BACKGROUND, "Latar Belakang",
					"PARA PIHAK sepakat untuk bekerja sama dalam penyelenggaraan program kursus dan pelatihan "
							+ "guna meningkatkan mutu lulusan serta memperluas kesempatan kerja dan berwirausaha "
							+ "bagi peserta didik."),
			new Clause(ClauseType.PURPOSE, "Maksud dan Tujuan",
					"Nota kesepahaman ini dimaksudkan sebagai landasan kerja sama PARA PIHAK, dengan tujuan "
							+ "memadukan sumber daya yang dimiliki masing-masing pihak untuk mencapai hasil yang "
							+ "saling menguntungkan."),
			new Clause(ClauseType.SCOPE, "Ruang Lingkup",
					"Ruang lingkup kerja sama meliputi penyediaan instruktur, sarana dan prasarana praktik, "
							+ "praktik kerja lapangan (magang), uji kompetensi, serta penempatan lulusan."),
			new Clause(ClauseType.ORGANISER, "Penyelenggara",
					"Kegiatan kerja sama diselenggarakan oleh PIHAK PERTAMA bersama PIHAK KEDUA sesuai rencana "
							+ "kerja bersama yang disepakati PARA PIHAK."),
			new Clause(ClauseType.MANAGER, "Pengelola",
					"Pengelolaan kegiatan sehari-hari dilaksanakan oleh PIHAK PERTAMA; PIHAK KEDUA menunjuk "
							+ "seorang penghubung untuk berkoordinasi dengan PIHAK PERTAMA."),
			new Clause(ClauseType.ROLES, "Hak dan Kewajiban PARA PIHAK",
					"(1) PIHAK PERTAMA berkewajiban menyiapkan peserta, kurikulum, dan administrasi kegiatan.\n"
							+ "(2) PIHAK KEDUA berkewajiban menyediakan dukungan sesuai ruang lingkup kerja sama.\n"
							+ "(3) PARA PIHAK berhak memperoleh informasi perkembangan kegiatan secara berkala."),
			new Clause(ClauseType.FUNDING, "Pembiayaan",
					"Biaya yang timbul dari pelaksanaan kerja sama ini ditanggung PARA PIHAK sesuai kesepakatan "
							+ "yang dituangkan dalam rencana kerja bersama, dan tidak mengikat anggaran lain di luar "
							+ "kesepakatan tersebut."),
			new Clause(ClauseType.PERIOD, "Jangka Waktu",
					"Nota kesepahaman ini berlaku sejak tanggal mulai berlaku sampai dengan tanggal berakhirnya "
							+ "sebagaimana tercantum di dalamnya, dan dapat diperpanjang atas kesepakatan PARA PIHAK."),
			new Clause(ClauseType.OUTPUTS, "Pemanfaatan Hasil",
					"Hasil kerja sama, termasuk data, dokumen, dan produk kegiatan, dapat dimanfaatkan PARA PIHAK "
							+ "untuk kepentingan pendidikan dan pengembangan lembaga, dengan menyebutkan sumbernya."),
			new Clause(ClauseType.DISPUTES, "Penyelesaian Perselisihan",
					"Perselisihan yang timbul diselesaikan secara musyawarah untuk mufakat. Apabila tidak "
							+ "tercapai mufakat, PARA PIHAK sepakat menyelesaikannya sesuai ketentuan peraturan "
							+ "perundang-undangan yang berlaku."),
			new Clause(ClauseType.FORCE_MAJEURE, "Keadaan Kahar",
					"PARA PIHAK dibebaskan dari kewajibannya apabila terjadi keadaan kahar (force majeure) seperti "
							+ "bencana alam, wabah, atau kebijakan pemerintah, dengan pemberitahuan tertulis paling "
							+ "lambat 14 (empat belas) hari sejak kejadian."),
			new Clause(ClauseType.AMENDMENT, "Perubahan",
					"Hal-hal yang belum diatur atau perubahan atas nota kesepahaman ini akan diatur kemudian "
							+ "dalam addendum yang disepakati dan ditandatangani PARA PIHAK."),
			new Clause(ClauseType.CLOSING, "Penutup",
					"Nota kesepahaman ini dibuat dalam rangkap 2 (dua), masing-masing bermeterai cukup dan "
							+ "mempunyai kekuatan hukum yang sama, untuk dipegang oleh masing-masing pihak."));

	private DefaultClauses() {
	}

}
