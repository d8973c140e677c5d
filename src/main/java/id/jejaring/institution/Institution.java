package id.jejaring.institution;

import java.util.stream.Stream;

import id.jejaring.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A course and training institution (LKP): the tenant. Its id is the value of
 * {@code institution_id} on every tenant-owned row.
 */
@Entity
@Audited
@Table(name = "institution")
public class Institution extends BaseEntity {

	@Column(nullable = false)
	private String name;

	private String npsn;

	private String legalBody;

	private String address;

	private String regionCode;

	private String phone;

	private String whatsapp;

	private String email;

	private String website;

	private String headName;

	private Integer foundedYear;

	private String accreditationGrade;

	private Integer accreditationYear;

	private String vision;

	private String mission;

	private String goals;

	protected Institution() {
	}

	public Institution(String name, String regionCode) {
		this.name = name;
		this.regionCode = regionCode;
	}

	/** Applies an edited profile (already validated and normalised). */
	public void update(InstitutionProfile profile) {
		this.name = profile.name();
		this.npsn = profile.npsn();
		this.legalBody = profile.legalBody();
		this.address = profile.address();
		this.regionCode = profile.regionCode();
		this.phone = profile.phone();
		this.whatsapp = profile.whatsapp();
		this.email = profile.email();
		this.website = profile.website();
		this.headName = profile.headName();
		this.foundedYear = profile.foundedYear();
		this.accreditationGrade = profile.accreditationGrade();
		this.accreditationYear = profile.accreditationYear();
		this.vision = profile.vision();
		this.mission = profile.mission();
		this.goals = profile.goals();
	}

	public InstitutionProfile profile() {
		return new InstitutionProfile(this.name, this.npsn, this.legalBody, this.address, this.regionCode, this.phone,
				this.whatsapp, this.email, this.website, this.headName, this.foundedYear, this.accreditationGrade,
				this.accreditationYear, this.vision, this.mission, this.goals);
	}

	/** Share of the profile fields filled in, 0–100. */
	public int completenessPercent() {
		long filled = Stream
			.of(this.name, this.npsn, this.legalBody, this.address, this.regionCode, this.phone, this.whatsapp,
					this.email, this.website, this.headName, this.foundedYear, this.accreditationGrade,
					this.accreditationYear, this.vision, this.mission, this.goals)
			.filter(value -> value != null && !value.toString().isBlank())
			.count();
		return (int) (filled * 100 / 16);
	}

	public String getName() {
		return this.name;
	}

	public String getNpsn() {
		return this.npsn;
	}

	public String getLegalBody() {
		return this.legalBody;
	}

	public String getAddress() {
		return this.address;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getWhatsapp() {
		return this.whatsapp;
	}

	public String getEmail() {
		return this.email;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getHeadName() {
		return this.headName;
	}

	public Integer getFoundedYear() {
		return this.foundedYear;
	}

	public String getAccreditationGrade() {
		return this.accreditationGrade;
	}

	public Integer getAccreditationYear() {
		return this.accreditationYear;
	}

	public String getVision() {
		return this.vision;
	}

	public String getMission() {
		return this.mission;
	}

	public String getGoals() {
		return this.goals;
	}

}
