package id.jejaring.needs;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import id.jejaring.shared.Access;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs summary for the dashboard: open / being addressed / fulfilled per aspect and
 * per program, from one grouped query.
 */
@Service
@Transactional(readOnly = true)
public class NeedsSummary {

	private final NeedRepository needs;

	private final Programs programs;

	NeedsSummary(NeedRepository needs, Programs programs) {
		this.needs = needs;
		this.programs = programs;
	}

	@PreAuthorize(Access.READ)
	public Summary current() {
		List<NeedRepository.NeedCount> rows = this.needs.countByProgramAspectAndStatus();
		Map<NeedAspect, Counts> byAspect = new EnumMap<>(NeedAspect.class);
		for (NeedAspect aspect : NeedAspect.values()) {
			byAspect.put(aspect, Counts.ZERO);
		}
		Map<UUID, Counts> byProgramId = new LinkedHashMap<>();
		for (NeedRepository.NeedCount row : rows) {
			byAspect.merge(row.getAspect(), Counts.of(row.getStatus(), row.getCount()), Counts::plus);
			byProgramId.merge(row.getProgramId(), Counts.of(row.getStatus(), row.getCount()), Counts::plus);
		}
		Map<UUID, Program> programs = this.programs.byIds(byProgramId.keySet());
		List<ProgramCounts> byProgram = byProgramId.entrySet()
			.stream()
			.filter((entry) -> programs.containsKey(entry.getKey()))
			.map((entry) -> new ProgramCounts(entry.getKey(), programs.get(entry.getKey()).getName(), entry.getValue()))
			.sorted((a, b) -> a.programName().compareToIgnoreCase(b.programName()))
			.collect(Collectors.toList());
		Counts total = byAspect.values().stream().reduce(Counts.ZERO, Counts::plus);
		return new Summary(byAspect, byProgram, total);
	}

	/** Counts of needs by status; dropped needs are left out. */
	public record Counts(long open, long inProgress, long fulfilled) {

		static final Counts ZERO = new Counts(0, 0, 0);

		static Counts of(NeedStatus status, long count) {
			return switch (status) {
				case OPEN -> new Counts(count, 0, 0);
				case IN_PROGRESS -> new Counts(0, count, 0);
				case FULFILLED -> new Counts(0, 0, count);
				case DROPPED -> ZERO;
			};
		}

		Counts plus(Counts other) {
			return new Counts(this.open + other.open, this.inProgress + other.inProgress,
					this.fulfilled + other.fulfilled);
		}

		public long total() {
			return this.open + this.inProgress + this.fulfilled;
		}

	}

	public record ProgramCounts(UUID programId, String programName, Counts counts) {
	}

	public record Summary(Map<NeedAspect, Counts> byAspect, List<ProgramCounts> byProgram, Counts total) {

		public boolean isEmpty() {
			return this.total.total() == 0;
		}

	}

}
