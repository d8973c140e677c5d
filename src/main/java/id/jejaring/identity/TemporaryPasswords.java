package id.jejaring.identity;

import java.security.SecureRandom;

/**
 * Random one-time passwords for new accounts and resets; the user must replace it at the
 * first sign-in. Letters that are easy to confuse (0/O, 1/l/I) are left out, since the
 * password is often read out over WhatsApp.
 */
final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
