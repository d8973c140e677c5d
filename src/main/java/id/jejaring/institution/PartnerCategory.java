package id.jejaring.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A kind of partner the sources name, in two levels: a group ({@code GOVERNMENT}) and its
 * members ({@code GOVERNMENT.EDUCATION_OFFICE}). Reference data shared by all
 * institutions, loaded by migration V8; labels in Indonesian and English.
 */
@Entity
@Immutable
@Table(name = "partner_category")
public class PartnerCategory {

	@Id
	private String code;

	private String parentCode;

	@Column(nullable = false)
	private String labelId;

	@Column(nullable = false)
	private String labelEn;

	private int sortOrder;

	protected PartnerCategory() {
	}

	public String getCode() {
		return this.code;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	public boolean isGroup() {
		return this.parentCode == null;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getLabelId() {
		return this.labelId;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	/**
	 * The label in the given language ({@code id} or {@code en}); Indonesian otherwise.
	 */
	public String label(String language) {
		return "en".equals(language) ? this.labelEn : this.labelId;
	}

}
