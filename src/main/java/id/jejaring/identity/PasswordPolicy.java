package id.jejaring.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * What makes a password acceptable: at least 8 characters, not one of the common
 * passwords shipped in {@code identity/common-passwords.txt}, and not the username.
 * Answers a message key, so the form can show the reason in the user's language.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * @return the message key of the first problem, or empty when the password is fine
	 */
	public static Optional<String> problem(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return Optional.of("password.tooCommon");
		}
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		return Optional.empty();
	}

	static int commonPasswordCount() {
		return COMMON.size();
	}

	private static Set<String> load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
