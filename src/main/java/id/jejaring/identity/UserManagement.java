package id.jejaring.identity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.InstitutionProfile;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.TenantContext;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: a manager's staff (always scoped to the current institution here, in one
 * place), the user's own account, and platform users (admin only).
 */
@Service
@Transactional(readOnly = true)
public class UserManagement {

	private final UserAccountRepository accounts;

	private final FacilitatorAssignmentRepository assignments;

	private final InstitutionManagement institutions;

	private final PasswordEncoder passwordEncoder;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityLog securityLog;

	UserManagement(UserAccountRepository accounts, FacilitatorAssignmentRepository assignments,
			InstitutionManagement institutions, PasswordEncoder passwordEncoder,
			FindByIndexNameSessionRepository<? extends Session> sessions, SecurityLog securityLog) {
		this.accounts = accounts;
		this.assignments = assignments;
		this.institutions = institutions;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.securityLog = securityLog;
	}

	// ---- the user's own account

	public UserAccount account(UUID id) {
		return this.accounts.findById(id).orElseThrow(NotFoundException::new);
	}

	/** A fresh session principal for the account (after its password or role changed). */
	public JejaringUser principal(UUID id) {
		JejaringUser user = new JejaringUser(account(id));
		user.eraseCredentials();
		return user;
	}

	public boolean passwordMatches(UUID userId, String password) {
		return this.passwordEncoder.matches(password, account(userId).getPasswordHash());
	}

	@Transactional
	public UserAccount changeOwnPassword(UUID userId, String newPassword) {
		UserAccount account = account(userId);
		account.changePassword(this.passwordEncoder.encode(newPassword), false);
		this.securityLog.record(SecurityEvent.Kind.PASSWORD_CHANGED, account.getUsername(), account.getInstitutionId(),
				null);
		return account;
	}

	@Transactional
	public void preferLocale(UUID userId, Locale locale) {
		account(userId).preferLocale(locale);
	}

	// ---- staff of the current institution (manager)

	public Page<UserAccount> staff(Pageable pageable) {
		return this.accounts.findByInstitutionId(TenantContext.require(), pageable);
	}

	public UserAccount staffMember(UUID id) {
		return this.accounts.findByIdAndInstitutionId(id, TenantContext.require()).orElseThrow(NotFoundException::new);
	}

	/** Active users of the current institution per role, for the dashboard. */
	public Map<Role, Long> activeStaffByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Object[] row : this.accounts.countActiveByRole(TenantContext.require())) {
			counts.put((Role) row[0], (Long) row[1]);
		}
		return counts;
	}

	@PreAuthorize("hasRole('MANAGER')")
	@Transactional
	public NewAccount createStaff(String username, Role role, AccountDetails details) {
		requireStaffRole(role);
		return create(username, role, TenantContext.require(), details);
	}

	@PreAuthorize("hasRole('MANAGER')")
	@Transactional
	public UserAccount updateStaff(UUID id, long expectedVersion, Role role, AccountDetails details) {
		requireStaffRole(role);
		UserAccount account = staffMember(id);
		account.checkVersion(expectedVersion);
		account.updateDetails(details.fullName(), details.email(), details.phone());
		account.changeRole(role);
		return this.accounts.saveAndFlush(account);
	}

	@PreAuthorize("hasRole('MANAGER')")
	@Transactional
	public void setStaffEnabled(UUID id, boolean enabled) {
		setEnabled(staffMember(id), enabled);
	}

	@PreAuthorize("hasRole('MANAGER')")
	@Transactional
	public String resetStaffPassword(UUID id) {
		return resetPassword(staffMember(id));
	}

	private static void requireStaffRole(Role role) {
		if (role != Role.MANAGER && role != Role.STAFF) {
			throw new IllegalArgumentException("Managers add managers and staff only");
		}
	}

	// ---- platform (admin)

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Transactional
	public NewAccount createInstitutionWithManager(InstitutionProfile profile, String managerUsername,
			AccountDetails manager) {
		ensureUsernameFree(managerUsername);
		Institution institution = this.institutions.create(profile);
		return create(managerUsername, Role.MANAGER, institution.getId(), manager);
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public Page<UserAccount> platformUsers(Pageable pageable) {
		return this.accounts.findByRoleIn(List.of(Role.PLATFORM_ADMIN, Role.FACILITATOR, Role.SUPERVISOR), pageable);
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	public UserAccount platformUser(UUID id) {
		UserAccount account = account(id);
		if (account.getRole().belongsToInstitution()) {
			throw new NotFoundException();
		}
		return account;
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Transactional
	public NewAccount createPlatformUser(String username, Role role, AccountDetails details) {
		if (role.belongsToInstitution()) {
			throw new IllegalArgumentException("Not a platform role: " + role);
		}
		return create(username, role, null, details);
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Transactional
	public UserAccount updatePlatformUser(UUID id, long expectedVersion, AccountDetails details,
			String supervisedRegionCode, Set<UUID> facilitatedInstitutions) {
		UserAccount account = platformUser(id);
		account.checkVersion(expectedVersion);
		account.updateDetails(details.fullName(), details.email(), details.phone());
		if (account.getRole() == Role.SUPERVISOR) {
			account.superviseRegion(supervisedRegionCode);
		}
		if (account.getRole() == Role.FACILITATOR) {
			assignInstitutions(account, facilitatedInstitutions);
		}
		return this.accounts.saveAndFlush(account);
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Transactional
	public void setPlatformUserEnabled(UUID id, boolean enabled) {
		setEnabled(platformUser(id), enabled);
	}

	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Transactional
	public String resetPlatformUserPassword(UUID id) {
		return resetPassword(platformUser(id));
	}

	/** Institutions a facilitator is assigned to. */
	public List<UUID> facilitatedInstitutionIds(UUID facilitatorId) {
		return this.assignments.institutionIdsOf(facilitatorId);
	}

	// ---- set-up (demo data, first admin)

	@Transactional
	NewAccount createWithPassword(String username, String password, Role role, UUID institutionId,
			AccountDetails details) {
		ensureUsernameFree(username);
		UserAccount account = new UserAccount(username.trim(), this.passwordEncoder.encode(password),
				details.fullName(), role, institutionId);
		account.updateDetails(details.fullName(), details.email(), details.phone());
		return new NewAccount(this.accounts.save(account), null);
	}

	@Transactional
	void assignInstitutions(UserAccount facilitator, Collection<UUID> institutionIds) {
		this.assignments.deleteByUserId(facilitator.getId());
		this.assignments.flush();
		for (UUID institutionId : institutionIds) {
			this.assignments.save(new FacilitatorAssignment(facilitator.getId(), institutionId));
		}
	}

	@Transactional
	void superviseRegion(UserAccount supervisor, String regionCode) {
		supervisor.superviseRegion(regionCode);
		this.accounts.save(supervisor);
	}

	boolean hasPlatformAdmin() {
		return this.accounts.existsByRole(Role.PLATFORM_ADMIN);
	}

	public boolean usernameTaken(String username) {
		return username != null && this.accounts.existsByUsernameIgnoreCase(username.trim());
	}

	private NewAccount create(String username, Role role, UUID institutionId, AccountDetails details) {
		ensureUsernameFree(username);
		String temporary = TemporaryPasswords.generate();
		String hash = this.passwordEncoder.encode(temporary);
		UserAccount account = new UserAccount(username.trim(), hash, details.fullName(), role, institutionId);
		account.updateDetails(details.fullName(), details.email(), details.phone());
		account.changePassword(hash, true);
		return new NewAccount(this.accounts.save(account), temporary);
	}

	private void ensureUsernameFree(String username) {
		if (usernameTaken(username)) {
			throw new UsernameTakenException();
		}
	}

	private String resetPassword(UserAccount account) {
		String temporary = TemporaryPasswords.generate();
		account.changePassword(this.passwordEncoder.encode(temporary), true);
		endSessions(account);
		return temporary;
	}

	private void setEnabled(UserAccount account, boolean enabled) {
		account.setEnabled(enabled);
		if (!enabled) {
			endSessions(account);
			this.securityLog.record(SecurityEvent.Kind.USER_DISABLED, account.getUsername(), account.getInstitutionId(),
					null);
		}
	}

	/**
	 * Ends every session of the account, on every app node (sessions live in the
	 * database).
	 */
	private void endSessions(UserAccount account) {
		this.sessions.findByPrincipalName(account.getUsername()).keySet().forEach(this.sessions::deleteById);
	}

}
