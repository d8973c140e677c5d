package id.jejaring.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created and revoked by their owner; a token acts with its owner's
 * role and institution. Tokens are long random strings, so a fast hash is enough.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	static final String PREFIX = "jjr_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	public List<ApiToken> of(UUID userId) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	/** Creates a token and returns its secret, which is never shown again. */
	@Transactional
	public String create(UUID userId, String name) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.tokens.save(new ApiToken(userId, name, hash(token), token.substring(0, 10), this.clock.instant()));
		return token;
	}

	@Transactional
	public void revoke(UUID userId, UUID tokenId) {
		this.tokens.findByIdAndUserId(tokenId, userId).orElseThrow(NotFoundException::new).revoke(this.clock.instant());
	}

	/** The enabled user an active token belongs to. */
	@Transactional
	Optional<JejaringUser> authenticate(String token) {
		return this.tokens.findByTokenHash(hash(token)).filter(ApiToken::isActive).flatMap(found -> {
			found.used(this.clock.instant());
			return this.accounts.findById(found.getUserId()).filter(UserAccount::isEnabled).map(JejaringUser::new);
		});
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
