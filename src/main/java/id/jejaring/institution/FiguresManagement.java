package id.jejaring.institution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current institution's yearly figures (capaian tahunan). One record per year holds
 * the total and the per-program rows; it is saved as a whole, and its version covers the
 * rows too, so two people editing the same year cannot overwrite each other unseen.
 */
@Service
@Transactional(readOnly = true)
public class FiguresManagement {

	private final YearlyFiguresRepository figures;

	private final Programs programs;

	private final EntityManager entityManager;

	FiguresManagement(YearlyFiguresRepository figures, Programs programs, EntityManager entityManager) {
		this.figures = figures;
		this.programs = programs;
		this.entityManager = entityManager;
	}

	/**
	 * The recorded years with their program rows, a page at a time (sort by
	 * {@code year}); the rows of the whole page come in one more query.
	 */
	public Page<YearlyFigures> years(Pageable pageable) {
		Page<YearlyFigures> page = this.figures.findAllBy(pageable);
		page.forEach((year) -> Hibernate.initialize(year.getProgramRows()));
		return page;
	}

	/** A year with its program rows. */
	public YearlyFigures get(UUID id) {
		return this.figures.findWithProgramsById(id).orElseThrow(NotFoundException::new);
	}

	public Optional<YearlyFigures> ofYear(int year) {
		return this.figures.findByYear(year);
	}

	/** Totals of the given years, e.g. the years before those on a page. */
	public Map<Integer, FigureCounts> totalsOf(Collection<Integer> years) {
		return years.isEmpty() ? Map.of()
				: this.figures.findByYearIn(years)
					.stream()
					.collect(java.util.stream.Collectors.toMap(YearlyFigures::getYear, YearlyFigures::total));
	}

	public boolean yearTaken(int year, UUID exceptId) {
		return (exceptId == null) ? this.figures.existsByYear(year) : this.figures.existsByYearAndIdNot(year, exceptId);
	}

	/** The last five recorded years, oldest first, with the latest change. */
	public FigureTrend lastFiveYears() {
		List<YearlyFigures> newestFirst = new ArrayList<>(this.figures.findTop5ByOrderByYearDesc());
		java.util.Collections.reverse(newestFirst);
		return new FigureTrend(newestFirst.stream().map(YearlyFigures::getYear).toList(),
				newestFirst.stream().map(YearlyFigures::total).toList());
	}

	/** One program's rows, newest year first. */
	public List<ProgramFigures> ofProgram(UUID programId) {
		return this.figures.findProgramRows(programId);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public YearlyFigures record(int year, FigureCounts total, Map<UUID, FigureCounts> perProgram) {
		guard(total, perProgram);
		YearlyFigures figures = new YearlyFigures(year, total);
		figures.change(year, total, perProgram);
		return this.figures.saveAndFlush(figures);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public YearlyFigures update(UUID id, long expectedVersion, int year, FigureCounts total,
			Map<UUID, FigureCounts> perProgram) {
		YearlyFigures figures = get(id);
		figures.checkVersion(expectedVersion);
		guard(total, perProgram);
		// The per-program rows are part of the year: a change to them alone must move the
		// year's version as well.
		this.entityManager.lock(figures, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		figures.change(year, total, perProgram);
		return this.figures.saveAndFlush(figures);
	}

	/** The callers check first and explain; this only refuses what slipped through. */
	private void guard(FigureCounts total, Map<UUID, FigureCounts> perProgram) {
		if (!FigureRules.check(total).isEmpty()
				|| perProgram.values().stream().anyMatch((c) -> !FigureRules.check(c).isEmpty())
				|| !FigureRules.checkBreakdown(total, perProgram.values()).isEmpty()) {
			throw new IllegalArgumentException("Figures break the rules in FigureRules");
		}
		if (this.programs.byIds(perProgram.keySet()).size() != perProgram.size()) {
			throw new NotFoundException();
		}
	}

}
