package id.jejaring.institution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current institution's programs. Every query is scoped to the institution by
 * {@code @TenantId}; an id of another institution's program is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class Programs {

	private final ProgramRepository programs;

	Programs(ProgramRepository programs) {
		this.programs = programs;
	}

	public Page<Program> list(boolean archived, Pageable pageable) {
		return this.programs.findByArchived(archived, pageable);
	}

	/** The programs in use (not archived), by name: for pickers and summaries. */
	public List<Program> current() {
		return this.programs.findByArchivedFalseOrderByName();
	}

	/** Programs in use whose status is active: for the dashboard. */
	public long countActive() {
		return this.programs.countByArchivedFalseAndStatus(ProgramStatus.ACTIVE);
	}

	public Program get(UUID id) {
		return this.programs.findById(id).orElseThrow(NotFoundException::new);
	}

	/** Programs by id, for showing many needs or figures without a query per row. */
	public Map<UUID, Program> byIds(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of()
				: this.programs.findByIdIn(ids).stream().collect(Collectors.toMap(Program::getId, Function.identity()));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Program create(ProgramDetails details) {
		return this.programs.save(new Program(details));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Program update(UUID id, long expectedVersion, ProgramDetails details) {
		Program program = get(id);
		program.checkVersion(expectedVersion);
		program.update(details);
		return this.programs.saveAndFlush(program);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public void archive(UUID id) {
		get(id).archive();
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public void restore(UUID id) {
		get(id).restore();
	}

}
