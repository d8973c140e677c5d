package id.jejaring.identity;

import java.util.List;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.InstitutionProfile;

/**
 * Throwaway accounts and institutions with a known password, so that tests may lock,
 * disable, reset or edit them without touching the demo users other tests rely on.
 */
final class UserAccountMother {

	static final String PASSWORD = "Uji-Sandi-Kuat-2026";

	private final UserManagement users;

	private final InstitutionManagement institutions;

	private final UserAccountRepository accounts;

	UserAccountMother(UserManagement users, InstitutionManagement institutions, UserAccountRepository accounts) {
		this.users = users;
		this.institutions = institutions;
		this.accounts = accounts;
	}

	static String username(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	UUID bandung() {
		return this.institutions.findByNpsn(DemoData.BANDUNG_NPSN).orElseThrow().getId();
	}

	UUID semarang() {
		return this.institutions.findByNpsn(DemoData.SEMARANG_NPSN).orElseThrow().getId();
	}

	/** A new institution in Kabupaten Bandung (province 32) with no users yet. */
	UUID institution() {
		return this.institutions.create(InstitutionProfile.named("LKP Uji " + UUID.randomUUID(), "32.04.37")).getId();
	}

	UserAccount staffOf(UUID institutionId) {
		return create("uji.staf", Role.STAFF, institutionId);
	}

	UserAccount managerOf(UUID institutionId) {
		return create("uji.pengelola", Role.MANAGER, institutionId);
	}

	UserAccount disabledStaffOf(UUID institutionId) {
		UserAccount account = staffOf(institutionId);
		account.setEnabled(false);
		return this.accounts.save(account);
	}

	UserAccount facilitatorOf(UUID... institutionIds) {
		UserAccount facilitator = create("uji.pendamping", Role.FACILITATOR, null);
		this.users.assignInstitutions(facilitator, List.of(institutionIds));
		return facilitator;
	}

	/** The account as stored now (not a cached copy). */
	UserAccount reload(UserAccount account) {
		return this.users.account(account.getId());
	}

	private UserAccount create(String prefix, Role role, UUID institutionId) {
		String username = username(prefix);
		return this.users
			.createWithPassword(username, PASSWORD, role, institutionId,
					new AccountDetails("Akun Uji " + username, username + "@uji.jejaring.id", "+6281200001111"))
			.account();
	}

}
