package id.jejaring.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures for one account or from one
 * address, sign-in is refused for a while, whatever the password.
 */
@Service
class SignInThrottle {

	private final SignInThrottleRepository entries;

	private final Clock clock;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Duration lockDuration;

	SignInThrottle(SignInThrottleRepository entries, Clock clock,
			@Value("${jejaring.sign-in.max-failures-per-account}") int maxPerAccount,
			@Value("${jejaring.sign-in.max-failures-per-address}") int maxPerAddress,
			@Value("${jejaring.sign-in.lock-duration}") Duration lockDuration) {
		this.entries = entries;
		this.clock = clock;
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.lockDuration = lockDuration;
	}

	/** When sign-in is locked for this account or address, until when. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, String address) {
		Instant now = this.clock.instant();
		return Stream.of(accountKey(username), addressKey(address))
			.flatMap(key -> this.entries.findById(key).stream())
			.filter(entry -> entry.isLocked(now))
			.map(SignInThrottleEntry::lockedUntil)
			.max(Instant::compareTo);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		fail(accountKey(username), now, this.maxPerAccount);
		fail(addressKey(address), now, this.maxPerAddress);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username) {
		this.entries.deleteById(accountKey(username));
	}

	private void fail(String key, Instant now, int max) {
		SignInThrottleEntry entry = this.entries.findById(key).orElseGet(() -> new SignInThrottleEntry(key, now));
		entry.fail(now, max, this.lockDuration);
		this.entries.save(entry);
	}

	private static String accountKey(String username) {
		return "user:" + ((username != null) ? username.trim().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + ((address != null) ? address : "unknown");
	}

}
