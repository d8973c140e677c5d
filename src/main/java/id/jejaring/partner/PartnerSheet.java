package id.jejaring.partner;

import java.util.List;
import java.util.Locale;

import id.jejaring.shared.Texts;

/**
 * The columns of the partner spreadsheet, shared by the export, the import template and
 * the import: fixed Indonesian headers, and the Indonesian words for kind, scale and
 * status (the import also accepts the codes).
 */
public final class PartnerSheet {

	public static final List<String> HEADERS = List.of("Nama", "Jenis (organisasi/perorangan)", "Kategori",
			"Bidang usaha", "Skala", "Alamat", "Kode wilayah", "Telepon", "WhatsApp", "Email", "Situs web", "Status",
			"Tag", "Kontak: nama", "Kontak: jabatan", "Kontak: telepon/WA", "Kontak: email");

	public static final int NAME = 0;

	public static final int KIND = 1;

	public static final int CATEGORY = 2;

	public static final int SECTOR = 3;

	public static final int SCALE = 4;

	public static final int ADDRESS = 5;

	public static final int REGION = 6;

	public static final int PHONE = 7;

	public static final int WHATSAPP = 8;

	public static final int EMAIL = 9;

	public static final int WEBSITE = 10;

	public static final int STATUS = 11;

	public static final int TAGS = 12;

	public static final int CONTACT_NAME = 13;

	public static final int CONTACT_POSITION = 14;

	public static final int CONTACT_PHONE = 15;

	public static final int CONTACT_EMAIL = 16;

	private PartnerSheet() {
	}

	public static String kind(PartnerKind kind) {
		return (kind == PartnerKind.PERSON) ? "perorangan" : "organisasi";
	}

	public static String scale(PartnerScale scale) {
		if (scale == null) {
			return "";
		}
		return switch (scale) {
			case SMALL -> "kecil";
			case MEDIUM -> "menengah";
			case LARGE -> "besar";
		};
	}

	public static String status(PartnerStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case CANDIDATE -> "calon";
			case ACTIVE -> "aktif";
			case FORMER -> "mantan";
		};
	}

	/**
	 * @return the kind, ORGANISATION when blank, or null when not understood
	 */
	public static PartnerKind parseKind(String text) {
		String word = word(text);
		if (word == null) {
			return PartnerKind.ORGANISATION;
		}
		return switch (word) {
			case "organisasi", "lembaga", "organisasi/lembaga", "organisation" -> PartnerKind.ORGANISATION;
			case "perorangan", "orang", "person", "individu" -> PartnerKind.PERSON;
			default -> null;
		};
	}

	/**
	 * @return the scale; null when blank or not understood (see {@link #isBlank})
	 */
	public static PartnerScale parseScale(String text) {
		String word = word(text);
		if (word == null) {
			return null;
		}
		return switch (word) {
			case "kecil", "small" -> PartnerScale.SMALL;
			case "menengah", "sedang", "medium" -> PartnerScale.MEDIUM;
			case "besar", "large" -> PartnerScale.LARGE;
			default -> null;
		};
	}

	/**
	 * @return the status, CANDIDATE when blank, or null when not understood
	 */
	public static PartnerStatus parseStatus(String text) {
		String word = word(text);
		if (word == null) {
			return PartnerStatus.CANDIDATE;
		}
		return switch (word) {
			case "calon", "calon mitra", "candidate" -> PartnerStatus.CANDIDATE;
			case "aktif", "mitra aktif", "active" -> PartnerStatus.ACTIVE;
			case "mantan", "mantan mitra", "former" -> PartnerStatus.FORMER;
			default -> null;
		};
	}

	public static boolean isBlank(String text) {
		return Texts.clean(text) == null;
	}

	private static String word(String text) {
		String cleaned = Texts.clean(text);
		return (cleaned != null) ? cleaned.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : null;
	}

}
