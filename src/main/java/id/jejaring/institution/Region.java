package id.jejaring.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A province, regency/city or district, by its Kemendagri code ({@code 32},
 * {@code 32.04}, {@code 32.04.01}). Reference data, loaded once by
 * {@link RegionDataMigration}.
 */
@Entity
@Immutable
@Table(name = "region")
public class Region {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegionLevel level;

	private String parentCode;

	protected Region() {
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public RegionLevel getLevel() {
		return this.level;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	/** The province code a region code starts with. */
	public static String provinceOf(String code) {
		return code.substring(0, 2);
	}

	/** The regency/city code of a regency or district code, or null for a province. */
	public static String regencyOf(String code) {
		return (code.length() >= 5) ? code.substring(0, 5) : null;
	}

}
