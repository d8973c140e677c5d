package id.jejaring.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins counted for one account ({@code user:name}) or one address
 * ({@code address:1.2.3.4}). Kept in the database so every app node sees the same count.
 */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottleEntry {

	@Id
	private String throttleKey;

	private int failures;

	private Instant windowStartedAt;

	private Instant lockedUntil;

	protected SignInThrottleEntry() {
	}

	SignInThrottleEntry(String throttleKey, Instant now) {
		this.throttleKey = throttleKey;
		this.windowStartedAt = now;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	Instant lockedUntil() {
		return this.lockedUntil;
	}

	/** Counts a failure; failures older than the lock duration start a new window. */
	void fail(Instant now, int maxFailures, Duration lockDuration) {
		if (this.windowStartedAt.plus(lockDuration).isBefore(now) && !isLocked(now)) {
			this.failures = 0;
			this.windowStartedAt = now;
			this.lockedUntil = null;
		}
		this.failures++;
		if (this.failures >= maxFailures) {
			this.lockedUntil = now.plus(lockDuration);
		}
	}

}
