package id.jejaring.needs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current institution's needs: recording them (from a requirement's gap, on the
 * user's confirmation, or directly), their status, and the manager's order.
 */
@Service
@Transactional(readOnly = true)
public class Needs {

	/** The manager's order: rank, then first recorded. */
	public static final Sort ORDER = Sort.by("priorityRank", "createdAt");

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final NeedRepository needs;

	private final ProgramRequirementRepository requirements;

	private final Programs programs;

	private final Clock clock;

	Needs(NeedRepository needs, ProgramRequirementRepository requirements, Programs programs, Clock clock) {
		this.needs = needs;
		this.requirements = requirements;
		this.programs = programs;
		this.clock = clock;
	}

	/** One page of needs in the manager's order (the page's own sort is ignored). */
	@PreAuthorize(Access.READ)
	public Page<Need> list(NeedFilter filter, Pageable pageable) {
		return this.needs.findAll(filter.specification(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ORDER));
	}

	/** All needs matching the filter in the manager's order, for the export. */
	@PreAuthorize(Access.READ)
	public List<Need> all(NeedFilter filter) {
		return this.needs.findAll(filter.specification(), ORDER);
	}

	@PreAuthorize(Access.READ)
	public Need get(UUID id) {
		return this.needs.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The open needs with their partner criteria (categories, region scope) loaded, in
	 * the manager's order, in one query: for the partner gap view.
	 */
	@PreAuthorize(Access.READ)
	public List<Need> openWithCriteria() {
		return this.needs.findWithCriteriaByStatus(NeedStatus.OPEN);
	}

	/** The needs recorded from the given requirements, by requirement id. */
	@PreAuthorize(Access.READ)
	public Map<UUID, Need> byRequirement(Collection<UUID> requirementIds) {
		if (requirementIds.isEmpty()) {
			return Map.of();
		}
		return this.needs.findByRequirementIdIn(requirementIds)
			.stream()
			.collect(Collectors.toMap(Need::getRequirementId, Function.identity(), (a, b) -> a));
	}

	/**
	 * Records a need, last in the manager's order.
	 * @param requirementId the requirement whose gap the user confirmed as this need, or
	 * null for a need entered directly
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Need create(UUID requirementId, NeedDetails details) {
		this.programs.get(details.programId());
		if (requirementId != null) {
			ProgramRequirement requirement = this.requirements.findById(requirementId)
				.orElseThrow(NotFoundException::new);
			if (!requirement.getProgramId().equals(details.programId())) {
				throw new NotFoundException();
			}
		}
		return this.needs.save(new Need(requirementId, details, this.needs.maxRank() + 1));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Need update(UUID id, long expectedVersion, NeedDetails details) {
		Need need = get(id);
		need.checkVersion(expectedVersion);
		if (!need.getProgramId().equals(details.programId())) {
			this.programs.get(details.programId());
		}
		need.update(details);
		return this.needs.saveAndFlush(need);
	}

	/**
	 * Moves a need to another status. Dropping a need, or taking back a drop, is the
	 * manager's decision; a dropped need keeps its reason.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Need changeStatus(UUID id, long expectedVersion, NeedStatus status, String reason) {
		Need need = get(id);
		need.checkVersion(expectedVersion);
		if ((status == NeedStatus.DROPPED || need.getStatus() == NeedStatus.DROPPED) && !mayDrop()) {
			throw new AuthorizationDeniedException("Only the manager drops a need");
		}
		need.changeStatus(status, reason);
		return this.needs.saveAndFlush(need);
	}

	/** Whether the current user may drop needs (the manager). */
	public boolean mayDrop() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_MANAGER".equals(authority.getAuthority()));
	}

	/**
	 * Swaps the need with the one before (up) or after (down) it in the manager's order.
	 */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public void move(UUID id, Direction direction) {
		Need need = get(id);
		var neighbour = (direction == Direction.UP)
				? this.needs.findFirstByPriorityRankLessThanOrderByPriorityRankDesc(need.getPriorityRank())
				: this.needs.findFirstByPriorityRankGreaterThanOrderByPriorityRankAsc(need.getPriorityRank());
		neighbour.ifPresent((other) -> {
			int rank = need.getPriorityRank();
			need.rank(other.getPriorityRank());
			other.rank(rank);
		});
	}

	/**
	 * The suggested order of the open and in-progress needs ({@link NeedPriorityPolicy}).
	 */
	@PreAuthorize(Access.READ)
	public List<NeedPriorityPolicy.Suggestion> suggestedOrder() {
		List<Need> active = this.needs
			.findByStatusInOrderByPriorityRankAsc(EnumSet.of(NeedStatus.OPEN, NeedStatus.IN_PROGRESS));
		Map<UUID, Program> programs = this.programs
			.byIds(active.stream().map(Need::getProgramId).collect(Collectors.toSet()));
		List<NeedPriorityPolicy.Candidate> candidates = active.stream().map((need) -> {
			Program program = programs.get(need.getProgramId());
			return new NeedPriorityPolicy.Candidate(need.getId(), need.getNeededBy(),
					(program != null) ? program.getNextBatchStartsOn() : null,
					(program != null) ? program.participantsPerYear() : 0, need.getPriorityRank());
		}).toList();
		return NeedPriorityPolicy.suggest(candidates, LocalDate.now(this.clock.withZone(WIB)));
	}

	/**
	 * Puts the open and in-progress needs in the suggested order at the top; fulfilled
	 * and dropped needs follow in their present order.
	 */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public void applySuggestedOrder() {
		List<UUID> suggested = suggestedOrder().stream().map(NeedPriorityPolicy.Suggestion::needId).toList();
		List<Need> all = this.needs.findAllByOrderByPriorityRankAscCreatedAtAsc();
		Map<UUID, Need> byId = all.stream().collect(Collectors.toMap(Need::getId, Function.identity()));
		List<Need> ordered = new ArrayList<>();
		suggested.forEach((id) -> ordered.add(byId.get(id)));
		all.stream().filter((need) -> !suggested.contains(need.getId())).forEach(ordered::add);
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getPriorityRank() != i + 1) {
				ordered.get(i).rank(i + 1);
			}
		}
	}

	/** Up or down in the manager's order. */
	public enum Direction {

		UP, DOWN

	}

}
