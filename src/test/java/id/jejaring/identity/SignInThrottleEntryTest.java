package id.jejaring.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleEntryTest {

	static final Duration LOCK = Duration.ofMinutes(15);

	static final Instant T0 = Instant.parse("2026-11-22T07:00:00Z");

	@Test
	void locksAtTheMaximumNumberOfFailuresForTheLockDuration() {
		SignInThrottleEntry entry = new SignInThrottleEntry("user:uji", T0);
		for (int i = 0; i < 4; i++) {
			entry.fail(T0.plusSeconds(i), 5, LOCK);
		}
		assertThat(entry.isLocked(T0.plusSeconds(5))).as("four failures").isFalse();
		assertThat(entry.lockedUntil()).isNull();

		entry.fail(T0.plusSeconds(10), 5, LOCK);
		assertThat(entry.lockedUntil()).isEqualTo(T0.plusSeconds(10).plus(LOCK));
		assertThat(entry.isLocked(T0.plusSeconds(11))).isTrue();
		assertThat(entry.isLocked(T0.plusSeconds(10).plus(LOCK).minusMillis(1))).isTrue();
		assertThat(entry.isLocked(T0.plusSeconds(10).plus(LOCK))).as("the lock ends").isFalse();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		SignInThrottleEntry entry = new SignInThrottleEntry("user:uji", T0);
		for (int i = 0; i < 4; i++) {
			entry.fail(T0, 5, LOCK);
		}
		Instant later = T0.plus(LOCK).plusSeconds(1);
		entry.fail(later, 5, LOCK);
		assertThat(entry.isLocked(later)).as("a new window started with one failure").isFalse();
		for (int i = 0; i < 3; i++) {
			entry.fail(later.plusSeconds(1), 5, LOCK);
		}
		assertThat(entry.isLocked(later.plusSeconds(1))).isFalse();
		entry.fail(later.plusSeconds(2), 5, LOCK);
		assertThat(entry.isLocked(later.plusSeconds(2))).isTrue();
	}

	@Test
	void failuresWhileLockedExtendTheLock() {
		SignInThrottleEntry entry = new SignInThrottleEntry("address:10.0.0.1", T0);
		for (int i = 0; i < 5; i++) {
			entry.fail(T0, 5, LOCK);
		}
		Instant stillLocked = T0.plus(LOCK).minusSeconds(1);
		entry.fail(stillLocked, 5, LOCK);
		assertThat(entry.lockedUntil()).isEqualTo(stillLocked.plus(LOCK));
	}

}
