package id.jejaring.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.jejaring.identity.Role;
import id.jejaring.identity.SecurityEvent;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text exists in Indonesian and English: both files have the same keys with
 * the same placeholders, and every key the templates and the code name literally is in
 * both. Keys built at run time are covered by enumerating their sources (roles, security
 * log kinds).
 */
class MessagesTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	static final Path JAVA = Path.of("src/main/java");

	/** {@code #{key}} and {@code #{key(args)}}; not {@code #{${expression}}}. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	/**
	 * Label keys handed to the form fragments,
	 * {@code forms :: input('name', 'key', 'text')}, which show them with
	 * {@code #{${label}}}.
	 */
	static final Pattern FRAGMENT_LABEL_KEY = Pattern.compile("::\\s*(?:input|textarea)\\('[^']*',\\s*'([^']+)'");

	/**
	 * Literal message keys in Java code, in the places where the code hands them over.
	 */
	static final List<Pattern> JAVA_KEYS = List.of(
			// errors.rejectValue("field", "key") and errors.reject("key")
			Pattern.compile("\\.rejectValue\\([^,;]+,\\s*\"([^\"]+)\""),
			Pattern.compile("\\.reject\\(\\s*\"([^\"]+)\""),
			// redirect.addFlashAttribute("success" | "error", "key"), shown with
			// #{${success}}
			Pattern.compile("addFlashAttribute\\(\\s*\"(?:success|error)\",\\s*\"([^\"]+)\""),
			// Bean Validation messages: message = "{key}" and default "{key}"
			Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)\\}\""), Pattern.compile("default\\s+\"\\{([^}\"]+)\\}\""),
			// messageSource.getMessage("key", ...)
			Pattern.compile("getMessage\\(\\s*\"([^\"]+)\""),
			// history fields by message key, shown with #{${f.field()}}
			Pattern.compile("fields\\.put\\(\\s*\"([^\"]+)\""));

	/** Keys a policy answers (PasswordPolicy.problem returns them). */
	static final Pattern POLICY_KEY = Pattern.compile("Optional\\.of\\(\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]+)\"");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+\\}");

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> indonesian = indonesian().stringPropertyNames();
		Set<String> english = english().stringPropertyNames();

		assertThat(difference(indonesian, english)).as("in messages_id.properties but not in messages_en.properties")
			.isEmpty();
		assertThat(difference(english, indonesian)).as("in messages_en.properties but not in messages_id.properties")
			.isEmpty();
	}

	@Test
	void translationsAreNotBlankAndKeepThePlaceholders() throws IOException {
		Properties indonesian = indonesian();
		Properties english = english();
		Map<String, String> problems = new TreeMap<>();
		for (String key : indonesian.stringPropertyNames()) {
			String id = indonesian.getProperty(key);
			String en = english.getProperty(key);
			if (id.isBlank() || (en != null && en.isBlank())) {
				problems.put(key, "blank");
			}
			else if (en != null && !placeholders(id).equals(placeholders(en))) {
				problems.put(key, placeholders(id) + " vs " + placeholders(en));
			}
		}
		assertThat(problems).as("blank texts or different placeholders (Indonesian vs English)").isEmpty();
	}

	@Test
	void everyKeyTheTemplatesUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				String template = Files.readString(file, StandardCharsets.UTF_8);
				used.addAll(matches(TEMPLATE_KEY, template));
				used.addAll(matches(FRAGMENT_LABEL_KEY, template));
			}
		}
		assertThat(used).as("keys found in templates")
			.contains("nav.dashboard", "login.error", "region.province", "institution.phone");
		assertMissingFromNeither(used);
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				for (Pattern pattern : JAVA_KEYS) {
					used.addAll(matches(pattern, source));
				}
				if (file.getFileName().toString().endsWith("Policy.java")) {
					used.addAll(matches(POLICY_KEY, source));
				}
			}
		}
		assertThat(used).as("keys found in Java code")
			.contains("institution.saved", "validation.usernameTaken", "validation.phone", "password.tooCommon",
					"institution.vision");
		assertMissingFromNeither(used);
	}

	@Test
	void everyRoleAndSecurityLogKindHasAName() throws IOException {
		Set<String> used = new TreeSet<>();
		Arrays.stream(Role.values()).map(Role::messageKey).forEach(used::add);
		Arrays.stream(SecurityEvent.Kind.values()).map((kind) -> "securityLog.kind." + kind.name()).forEach(used::add);
		assertMissingFromNeither(used);
	}

	@Test
	void theApplicationsMessageSourceSpeaksBothLanguagesAndFallsBackToIndonesian() {
		MessageSource messages = new LocaleConfiguration().messageSource();

		assertThat(messages.getMessage("login.error", null, Locale.forLanguageTag("id")))
			.isEqualTo("Nama pengguna atau kata sandi salah.");
		assertThat(messages.getMessage("login.error", null, Locale.ENGLISH)).isEqualTo("Wrong username or password.");
		assertThat(messages.getMessage("login.error", null, Locale.FRENCH))
			.isEqualTo("Nama pengguna atau kata sandi salah.");
		assertThat(messages.getMessage("region.choose", null, Locale.forLanguageTag("id"))).isEqualTo("— pilih —");
	}

	private static void assertMissingFromNeither(Set<String> used) throws IOException {
		assertThat(difference(used, indonesian().stringPropertyNames()))
			.as("used but missing in messages_id.properties")
			.isEmpty();
		assertThat(difference(used, english().stringPropertyNames())).as("used but missing in messages_en.properties")
			.isEmpty();
	}

	static Properties indonesian() throws IOException {
		return load("messages_id.properties");
	}

	static Properties english() throws IOException {
		return load("messages_en.properties");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Set<String> placeholders(String text) {
		return matches(Pattern.compile("(" + PLACEHOLDER.pattern() + ")"), text);
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
