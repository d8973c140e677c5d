package id.jejaring.shared.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision per transaction, with who made it. A sequence (not an identity
 * column) so the same migration serves H2 and PostgreSQL.
 */
@Entity
@Table(name = "revision_info")
@RevisionEntity(RevisionUserListener.class)
public class RevisionInfo {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_info_seq")
	@SequenceGenerator(name = "revision_info_seq", sequenceName = "revision_info_seq", allocationSize = 50)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	private long revisionTimestamp;

	private String username;

	public long getId() {
		return this.id;
	}

	public long getRevisionTimestamp() {
		return this.revisionTimestamp;
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
