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

	private final boolean enabled;

	private final boolean mustChangePassword;

	JejaringUser(UserAccount account) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.fullName = account.getFullName();
		this.role = account.getRole();
		this.institutionId = account.getInstitutionId();
		this.enabled = account.isEnabled();
		this.mustChangePassword = account.isMustChangePassword();
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

	@Override
	public UUID institutionId() {
		return this.institutionId;
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
