package id.jejaring.institution;

import java.util.EnumMap;
import java.util.Map;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * The institution's self-assessment (evaluasi diri) for one year: each of the four areas
 * with strengths, weaknesses, a score 1–5 and its reason, and the opportunities the
 * community offers. Earlier years stay as they were, for comparison.
 */
@Entity
@Audited
@Table(name = "self_assessment")
public class SelfAssessment extends TenantOwnedEntity {

	@Column(name = "assessment_year", nullable = false)
	private int year;

	private String hrStrengths;

	private String hrWeaknesses;

	private int hrScore;

	private String hrReason;

	private String facilitiesStrengths;

	private String facilitiesWeaknesses;

	private int facilitiesScore;

	private String facilitiesReason;

	private String programsStrengths;

	private String programsWeaknesses;

	private int programsScore;

	private String programsReason;

	private String graduatesStrengths;

	private String graduatesWeaknesses;

	private int graduatesScore;

	private String graduatesReason;

	private String opportunities;

	protected SelfAssessment() {
	}

	SelfAssessment(int year, Map<AssessmentArea, AreaAssessment> areas, String opportunities) {
		update(year, areas, opportunities);
	}

	void update(int year, Map<AssessmentArea, AreaAssessment> areas, String opportunities) {
		if (!areas.keySet().containsAll(java.util.EnumSet.allOf(AssessmentArea.class))) {
			throw new IllegalArgumentException("A self-assessment covers all four areas");
		}
		this.year = year;
		this.opportunities = opportunities;
		AreaAssessment hr = areas.get(AssessmentArea.HUMAN_RESOURCES);
		this.hrStrengths = hr.strengths();
		this.hrWeaknesses = hr.weaknesses();
		this.hrScore = hr.score();
		this.hrReason = hr.reason();
		AreaAssessment facilities = areas.get(AssessmentArea.FACILITIES);
		this.facilitiesStrengths = facilities.strengths();
		this.facilitiesWeaknesses = facilities.weaknesses();
		this.facilitiesScore = facilities.score();
		this.facilitiesReason = facilities.reason();
		AreaAssessment programs = areas.get(AssessmentArea.PROGRAMS);
		this.programsStrengths = programs.strengths();
		this.programsWeaknesses = programs.weaknesses();
		this.programsScore = programs.score();
		this.programsReason = programs.reason();
		AreaAssessment graduates = areas.get(AssessmentArea.GRADUATES);
		this.graduatesStrengths = graduates.strengths();
		this.graduatesWeaknesses = graduates.weaknesses();
		this.graduatesScore = graduates.score();
		this.graduatesReason = graduates.reason();
	}

	public AreaAssessment area(AssessmentArea area) {
		return switch (area) {
			case HUMAN_RESOURCES ->
				new AreaAssessment(this.hrStrengths, this.hrWeaknesses, this.hrScore, this.hrReason);
			case FACILITIES -> new AreaAssessment(this.facilitiesStrengths, this.facilitiesWeaknesses,
					this.facilitiesScore, this.facilitiesReason);
			case PROGRAMS -> new AreaAssessment(this.programsStrengths, this.programsWeaknesses, this.programsScore,
					this.programsReason);
			case GRADUATES -> new AreaAssessment(this.graduatesStrengths, this.graduatesWeaknesses, this.graduatesScore,
					this.graduatesReason);
		};
	}

	public Map<AssessmentArea, AreaAssessment> areas() {
		Map<AssessmentArea, AreaAssessment> areas = new EnumMap<>(AssessmentArea.class);
		for (AssessmentArea area : AssessmentArea.values()) {
			areas.put(area, area(area));
		}
		return areas;
	}

	public int score(AssessmentArea area) {
		return area(area).score();
	}

	/** Mean of the four scores, one decimal. */
	public double averageScore() {
		return Math.round((this.hrScore + this.facilitiesScore + this.programsScore + this.graduatesScore) * 10.0 / 4)
				/ 10.0;
	}

	public int getYear() {
		return this.year;
	}

	public String getOpportunities() {
		return this.opportunities;
	}

}
