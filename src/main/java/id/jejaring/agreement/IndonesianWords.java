package id.jejaring.agreement;

import java.time.LocalDate;

/**
 * Numbers and dates written out in Indonesian words (terbilang), as formal letters and
 * agreements state them: “dua puluh dua”, “seribu sembilan ratus”, “Pada hari ini, Senin,
 * tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam”. Fixed tables
 * rather than the JDK's locale data, so the text does not change with the JDK's CLDR
 * version.
 */
public final class IndonesianWords {

	private static final String[] UNITS = { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
			"sembilan", "sepuluh", "sebelas" };

	private static final String[] DAYS = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };

	private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
			"September", "Oktober", "November", "Desember" };

	private static final long[] SCALES = { 1_000_000_000_000L, 1_000_000_000L, 1_000_000L };

	private static final String[] SCALE_NAMES = { "triliun", "miliar", "juta" };

	private IndonesianWords() {
	}

	/**
	 * The number in words: 0 “nol”, 11 “sebelas”, 1001 “seribu satu”, -5 “minus lima”.
	 */
	public static String number(long number) {
		if (number == 0) {
			return UNITS[0];
		}
		if (number < 0) {
			// Long.MIN_VALUE has no positive counterpart; no agreement counts that far
			if (number == Long.MIN_VALUE) {
				throw new IllegalArgumentException("number out of range");
			}
			return "minus " + number(-number);
		}
		StringBuilder words = new StringBuilder();
		long rest = number;
		for (int i = 0; i < SCALES.length; i++) {
			long count = rest / SCALES[i];
			if (count > 0) {
				append(words, below1000000(count) + " " + SCALE_NAMES[i]);
				rest %= SCALES[i];
			}
		}
		if (rest > 0) {
			append(words, below1000000((int) rest));
		}
		return words.toString();
	}

	/** Below a million; the thousands take “seribu” for one thousand. */
	private static String below1000000(long number) {
		StringBuilder words = new StringBuilder();
		int thousands = (int) (number / 1000);
		int rest = (int) (number % 1000);
		if (thousands == 1) {
			words.append("seribu");
		}
		else if (thousands > 1) {
			words.append(below1000(thousands)).append(" ribu");
		}
		if (rest > 0) {
			append(words, below1000(rest));
		}
		return words.toString();
	}

	private static String below1000(int number) {
		StringBuilder words = new StringBuilder();
		int hundreds = number / 100;
		int rest = number % 100;
		if (hundreds == 1) {
			words.append("seratus");
		}
		else if (hundreds > 1) {
			words.append(UNITS[hundreds]).append(" ratus");
		}
		if (rest > 0) {
			append(words, below100(rest));
		}
		return words.toString();
	}

	private static String below100(int number) {
		if (number < UNITS.length) {
			return UNITS[number];
		}
		if (number < 20) {
			return UNITS[number - 10] + " belas";
		}
		int tens = number / 10;
		int units = number % 10;
		return UNITS[tens] + " puluh" + ((units > 0) ? " " + UNITS[units] : "");
	}

	private static void append(StringBuilder words, String part) {
		if (!words.isEmpty()) {
			words.append(' ');
		}
		words.append(part);
	}

	/**
	 * The ordinal as agreements name their parties: 1 “pertama”, 2 “kedua”, 11
	 * “kesebelas”.
	 */
	public static String ordinal(int number) {
		if (number < 1) {
			throw new IllegalArgumentException("ordinals start at one");
		}
		return (number == 1) ? "pertama" : "ke" + number(number);
	}

	/** The day of the week: “Senin” … “Minggu”. */
	public static String dayName(LocalDate date) {
		return DAYS[date.getDayOfWeek().getValue() - 1];
	}

	/** The month's name: “Januari” … “Desember”. */
	public static String monthName(LocalDate date) {
		return MONTHS[date.getMonthValue() - 1];
	}

	/** The date as letters write it: “22 November 2026”. */
	public static String date(LocalDate date) {
		return date.getDayOfMonth() + " " + monthName(date) + " " + date.getYear();
	}

	/**
	 * The opening of an agreement: “Pada hari ini, Minggu, tanggal dua puluh dua bulan
	 * November tahun dua ribu dua puluh enam”.
	 */
	public static String opening(LocalDate date) {
		return "Pada hari ini, " + dayName(date) + ", tanggal " + number(date.getDayOfMonth()) + " bulan "
				+ monthName(date) + " tahun " + number(date.getYear());
	}

}
