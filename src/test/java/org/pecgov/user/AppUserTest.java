package org.pecgov.user;

import java.time.Duration;
import java.time.Instant;

import org.pecgov.security.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppUserTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final AppUser user = new AppUser("a@test.example", "A", Role.SECRETARY, 1L, null, "hash", false, NOW);

	@Test
	void fourFailuresDoNotLock() {
		fail(4);

		assertThat(this.user.isLocked(NOW)).isFalse();
	}

	@Test
	void theFifthFailureLocksForFifteenMinutes() {
		fail(5);

		assertThat(this.user.isLocked(NOW)).isTrue();
		assertThat(this.user.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(this.user.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		fail(5);
		this.user.loginFailed(NOW.plus(Duration.ofMinutes(10)));

		assertThat(this.user.getLockedUntil()).isEqualTo(NOW.plus(AppUser.LOCK_DURATION));
	}

	@Test
	void successForgetsFailures() {
		fail(4);
		this.user.loginSucceeded();
		fail(4);

		assertThat(this.user.isLocked(NOW)).isFalse();
	}

	@Test
	void aNewPasswordUnlocks() {
		fail(5);
		this.user.setPassword("new", true);

		assertThat(this.user.isLocked(NOW)).isFalse();
		assertThat(this.user.isMustChangePassword()).isTrue();
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			this.user.loginFailed(NOW);
		}
	}

}
