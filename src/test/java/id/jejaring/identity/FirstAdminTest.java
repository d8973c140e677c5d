package id.jejaring.identity;

import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A bare installation's first platform admin comes from the environment, once, and never
 * with a weak or default password.
 */
class FirstAdminTest {

	private final UserManagement users = mock(UserManagement.class);

	@Test
	void createsTheAdminFromTheEnvironmentOnFirstStart() {
		when(this.users.hasPlatformAdmin()).thenReturn(false);
		new FirstAdmin(this.users, "operator", "lautan-biru-2026", "Operator Dinas").run(null);
		verify(this.users).createWithPassword(eq("operator"), eq("lautan-biru-2026"), eq(Role.PLATFORM_ADMIN), isNull(),
				eq(new AccountDetails("Operator Dinas", null, null)));
	}

	@Test
	void refusesAWeakPassword() {
		when(this.users.hasPlatformAdmin()).thenReturn(false);
		new FirstAdmin(this.users, "operator", "password", "Operator").run(null);
		new FirstAdmin(this.users, "operator", "pendek", "Operator").run(null);
		verify(this.users, never()).createWithPassword(any(), any(), any(), any(), any());
	}

	@Test
	void createsNothingWithoutBothVariables() {
		when(this.users.hasPlatformAdmin()).thenReturn(false);
		new FirstAdmin(this.users, "", "lautan-biru-2026", "Operator").run(null);
		new FirstAdmin(this.users, "operator", "", "Operator").run(null);
		verify(this.users, never()).createWithPassword(any(), any(), any(), any(), any());
	}

	@Test
	void isIgnoredOnceAnAdminExists() {
		when(this.users.hasPlatformAdmin()).thenReturn(true);
		new FirstAdmin(this.users, "operator", "lautan-biru-2026", "Operator").run(null);
		verify(this.users, never()).createWithPassword(any(), any(), any(), any(), any());
	}

}
