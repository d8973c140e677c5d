package id.jejaring.identity;

import java.util.Locale;
import java.util.UUID;

import id.jejaring.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Audited
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String username;

	@NotAudited
	@Column(nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String fullName;

	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private UUID institutionId;

	private String supervisedRegionCode;

	@NotAudited
	private String preferredLocale;

	private boolean enabled = true;

	@NotAudited
	private boolean mustChangePassword;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String fullName, Role role, UUID institutionId) {
		if (role.belongsToInstitution() != (institutionId != null)) {
			throw new IllegalArgumentException("Role " + role + " and institution do not match");
		}
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.institutionId = institutionId;
	}

	void updateDetails(String fullName, String email, String phone) {
		this.fullName = fullName;
		this.email = email;
		this.phone = phone;
	}

	void changeRole(Role role) {
		if (role.belongsToInstitution() != this.role.belongsToInstitution()) {
			throw new IllegalArgumentException("Cannot move between institution and platform roles");
		}
		this.role = role;
	}

	void changePassword(String passwordHash, boolean temporary) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = temporary;
	}

	void superviseRegion(String regionCode) {
		this.supervisedRegionCode = regionCode;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void preferLocale(Locale locale) {
		this.preferredLocale = locale.getLanguage();
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public Role getRole() {
		return this.role;
	}

	public UUID getInstitutionId() {
		return this.institutionId;
	}

	public String getSupervisedRegionCode() {
		return this.supervisedRegionCode;
	}

	public String getPreferredLocale() {
		return this.preferredLocale;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

}
