package id.jejaring.institution;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current institution's self-assessments (evaluasi diri), one per year.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessments {

	private final SelfAssessmentRepository assessments;

	SelfAssessments(SelfAssessmentRepository assessments) {
		this.assessments = assessments;
	}

	/** The assessments, a page at a time (sort by {@code year}). */
	public Page<SelfAssessment> list(Pageable pageable) {
		return this.assessments.findAllBy(pageable);
	}

	public SelfAssessment get(UUID id) {
		return this.assessments.findById(id).orElseThrow(NotFoundException::new);
	}

	/** The nearest earlier year's assessment, for comparison. */
	public Optional<SelfAssessment> before(int year) {
		return this.assessments.findFirstByYearLessThanOrderByYearDesc(year);
	}

	public boolean yearTaken(int year, UUID exceptId) {
		return (exceptId == null) ? this.assessments.existsByYear(year)
				: this.assessments.existsByYearAndIdNot(year, exceptId);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public SelfAssessment create(int year, Map<AssessmentArea, AreaAssessment> areas, String opportunities) {
		return this.assessments.saveAndFlush(new SelfAssessment(year, areas, opportunities));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public SelfAssessment update(UUID id, long expectedVersion, int year, Map<AssessmentArea, AreaAssessment> areas,
			String opportunities) {
		SelfAssessment assessment = get(id);
		assessment.checkVersion(expectedVersion);
		assessment.update(year, areas, opportunities);
		return this.assessments.saveAndFlush(assessment);
	}

}
