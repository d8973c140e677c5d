package id.jejaring.needs;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import id.jejaring.institution.Programs;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current institution's program requirement checklists.
 */
@Service
@Transactional(readOnly = true)
public class Requirements {

	private final ProgramRequirementRepository requirements;

	private final Programs programs;

	private final NeedRepository needs;

	Requirements(ProgramRequirementRepository requirements, Programs programs, NeedRepository needs) {
		this.requirements = requirements;
		this.programs = programs;
		this.needs = needs;
	}

	/** A program's checklist in the order of the components, own additions last. */
	@PreAuthorize(Access.READ)
	public List<ProgramRequirement> forProgram(UUID programId) {
		return this.requirements.findByProgramIdOrderByCreatedAtAsc(programId)
			.stream()
			.sorted(Comparator.comparing(ProgramRequirement::getComponent))
			.toList();
	}

	@PreAuthorize(Access.READ)
	public ProgramRequirement get(UUID id) {
		return this.requirements.findById(id).orElseThrow(NotFoundException::new);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public ProgramRequirement create(UUID programId, RequirementDetails details) {
		this.programs.get(programId);
		return this.requirements.save(new ProgramRequirement(programId, details));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public ProgramRequirement update(UUID id, long expectedVersion, RequirementDetails details) {
		ProgramRequirement requirement = get(id);
		requirement.checkVersion(expectedVersion);
		requirement.update(details);
		return this.requirements.saveAndFlush(requirement);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public void delete(UUID id) {
		ProgramRequirement requirement = get(id);
		this.needs.findByRequirementId(id).forEach(Need::unlinkRequirement);
		this.requirements.delete(requirement);
	}

}
