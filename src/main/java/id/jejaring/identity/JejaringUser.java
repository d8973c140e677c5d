package id.jejaring.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import id.jejaring.shared.TenantMember;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as kept in the (database-stored) session: small and serialisable.
 */
public final class JejaringUser implements UserDetails, CredentialsContainer, TenantMember {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private String passwordHash;

	private final String fullName;

	private final Role role;

	private final UUID institutionId;

	private final UUID visitingInstitutionId;

	private final boolean enabled;

	private final boolean mustChangePassword;

	JejaringUser(UserAccount account) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.fullName = account.getFullName();
		this.role = account.getRole();
		this.institutionId = account.getInstitutionId();
		this.visitingInstitutionId = null;
		this.enabled = account.isEnabled();
		this.mustChangePassword = account.isMustChangePassword();
	}

	private JejaringUser(JejaringUser source, UUID visitingInstitutionId) {
		this.id = source.id;
		this.username = source.username;
		this.passwordHash = source.passwordHash;
		this.fullName = source.fullName;
		this.role = source.role;
		this.institutionId = source.institutionId;
		this.enabled = source.enabled;
		this.mustChangePassword = source.mustChangePassword;
		this.visitingInstitutionId = visitingInstitutionId;
	}

	/**
	 * This facilitator, supervisor or admin reading another institution's records; only
	 * {@link Oversight} decides whether they may.
	 */
	JejaringUser visiting(UUID institution) {
		if (this.role.belongsToInstitution()) {
			throw new IllegalStateException("Institution users do not visit other institutions");
		}
		return new JejaringUser(this, institution);
	}

	public boolean isVisiting() {
		return this.visitingInstitutionId != null;
	}

	public UUID id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Role role() {
		return this.role;
	}

	/** The user's own institution, or the one they are visiting through oversight. */
	@Override
	public UUID institutionId() {
		return (this.institutionId != null) ? this.institutionId : this.visitingInstitutionId;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof JejaringUser user && user.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.username;
	}

}
