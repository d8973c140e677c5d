package id.jejaring.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

/**
 * One line of the security log: sign-ins, failures, lock-outs, access denials and
 * cross-institution access by facilitators, supervisors and the admin.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

	/** What happened. */
	public enum Kind {

		SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, ACCESS_DENIED, INSTITUTION_ACCESS, USER_DISABLED,
		PASSWORD_CHANGED

	}

	@Id
	@GeneratedValue
	@UuidGenerator(style = UuidGenerator.Style.VERSION_7)
	private UUID id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String username;

	private UUID institutionId;

	private String remoteAddress;

	private String detail;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant occurredAt, Kind kind, String username, UUID institutionId, String remoteAddress,
			String detail) {
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.username = username;
		this.institutionId = institutionId;
		this.remoteAddress = remoteAddress;
		this.detail = (detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getUsername() {
		return this.username;
	}

	public UUID getInstitutionId() {
		return this.institutionId;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

	public String getDetail() {
		return this.detail;
	}

}
