package id.jejaring.partner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A partner's name reduced to what tells partners apart, for duplicate checks and the
 * search: lower case, accents and punctuation removed, legal-form words ({@code PT},
 * {@code CV}, {@code Tbk}, {@code Koperasi}…) dropped and whitespace collapsed. So “PT
 * Sinar Garmen Majalaya” and “Sinar Garmen Majalaya, PT.” are the same name.
 */
public final class PartnerNames {

	/** Words that name the legal form, not the partner. */
	static final Set<String> LEGAL_FORMS = Set.of("pt", "cv", "tbk", "persero", "koperasi", "kop", "ud", "pd", "fa",
			"firma", "yayasan", "yys", "perum", "perumda", "ltd", "inc", "co", "persekutuan", "perseroan", "terbatas");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private PartnerNames() {
	}

	/**
	 * @return the normalised name; empty text for a blank name or one made only of
	 * legal-form words
	 */
	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String words = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
		if (words.isEmpty()) {
			return "";
		}
		return Arrays.stream(words.split(" "))
			.filter((word) -> !LEGAL_FORMS.contains(word))
			.collect(Collectors.joining(" "));
	}

}
