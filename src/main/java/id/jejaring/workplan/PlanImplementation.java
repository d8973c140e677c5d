package id.jejaring.workplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import id.jejaring.partnership.AttachmentRules;
import id.jejaring.partnership.AttachmentType;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.shared.Access;
import id.jejaring.shared.BaseEntity;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.StaleDataException;

import org.springframework.data.domain.Pageable;
import org.springframework.util.unit.DataSize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Carrying out the plan of a partnership's current cycle: where each activity stands, the
 * evidence it took place and the manager's review of it, what the indicators achieved
 * month by month, the flags (late, missing evidence, behind target) and the dashboard's
 * view across the institution's active partnerships. Every call names the partnership, so
 * an item of another partnership (or institution) is simply not found. The caller checks
 * uploaded files ({@code AttachmentRules}) before handing them over.
 */
@Service
@Transactional(readOnly = true)
public class PlanImplementation {

	private final WorkPlans plans;

	private final WorkPlanRepository planRepository;

	private final ActivityEvidenceRepository evidence;

	private final EvidenceFileRepository files;

	private final IndicatorActualRepository actuals;

	private final WorkPlanSettingsRepository settings;

	private final Partnerships partnerships;

	private final Clock clock;

	PlanImplementation(WorkPlans plans, WorkPlanRepository planRepository, ActivityEvidenceRepository evidence,
			EvidenceFileRepository files, IndicatorActualRepository actuals, WorkPlanSettingsRepository settings,
			Partnerships partnerships, Clock clock) {
		this.plans = plans;
		this.planRepository = planRepository;
		this.evidence = evidence;
		this.files = files;
		this.actuals = actuals;
		this.settings = settings;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	/** Today in Jakarta. */
	public LocalDate today() {
		return this.plans.today();
	}

	/** Days after an activity's end before missing evidence is flagged. */
	public int missingEvidenceDays() {
		return this.settings.findFirstBy()
			.map(WorkPlanSettings::getMissingEvidenceDays)
			.orElse(WorkPlanSettings.DEFAULT_MISSING_EVIDENCE_DAYS);
	}

	@Transactional
	@PreAuthorize(Access.MANAGE)
	public int saveMissingEvidenceDays(int days) {
		check((errors) -> {
			if (days < 1 || days > ImplementationRules.MAX_MISSING_EVIDENCE_DAYS) {
				errors.rejectValue("missingEvidenceDays", "validation.workplan.missingEvidenceDays",
						new Object[] { ImplementationRules.MAX_MISSING_EVIDENCE_DAYS }, null);
			}
		});
		WorkPlanSettings saved = this.settings.findFirstBy().orElse(null);
		if (saved == null) {
			saved = new WorkPlanSettings(days);
		}
		else {
			saved.update(days);
		}
		return this.settings.saveAndFlush(saved).getMissingEvidenceDays();
	}

	/**
	 * The current cycle's implementation: the plan (with activities, indicators and
	 * contributions loaded), its evidence and monthly actuals; a fixed number of queries.
	 */
	@PreAuthorize(Access.READ)
	public View view(UUID partnershipId) {
		WorkPlan plan = this.plans.current(partnershipId).orElse(null);
		if (plan == null) {
			return new View(null, List.of(), List.of(), today(), missingEvidenceDays());
		}
		return new View(plan, this.evidence.findByPlan(plan), this.actuals.findByPlan(plan), today(),
				missingEvidenceDays());
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public PlanActivity report(UUID partnershipId, UUID activityId, long expectedVersion, ActivityReport report) {
		LocalDate today = today();
		check((errors) -> ImplementationRules.check(report, today, errors));
		PlanActivity activity = activity(partnershipId, activityId);
		activity.checkVersion(expectedVersion);
		activity.report(report);
		this.planRepository.flush();
		return activity;
	}

	/**
	 * Adds evidence to an activity: a PDF, JPG or PNG by its content within
	 * {@code limit}, kept under its real type and a cleaned name.
	 */
	@Transactional
	@PreAuthorize(Access.EDIT)
	public ActivityEvidence submitEvidence(UUID partnershipId, UUID activityId, String uploadedName, byte[] content,
			DataSize limit, String caption) {
		check((errors) -> {
			String refusal = AttachmentRules.refusal(content, limit);
			if (refusal != null) {
				errors.rejectValue("file", refusal, new Object[] { limit.toMegabytes() }, null);
			}
			if (caption != null && caption.length() > 500) {
				errors.rejectValue("caption", "validation.workplan.tooLong", new Object[] { 500 }, null);
			}
		});
		PlanActivity activity = activity(partnershipId, activityId);
		AttachmentType type = AttachmentType.of(content).orElseThrow();
		ActivityEvidence added = this.evidence
			.save(new ActivityEvidence(activity, AttachmentRules.fileName(uploadedName, type), type.mediaType(),
					content.length, blankToNull(caption), currentUser(), Instant.now(this.clock)));
		this.evidence.flush();
		this.files.saveAndFlush(new EvidenceFile(added.getId(), content));
		return added;
	}

	/** An evidence file's name, type and bytes, for the download. */
	@PreAuthorize(Access.READ)
	public EvidenceDownload download(UUID partnershipId, UUID evidenceId) {
		ActivityEvidence found = evidence(partnershipId, evidenceId);
		EvidenceFile file = this.files.findByEvidenceId(found.getId()).orElseThrow(NotFoundException::new);
		return new EvidenceDownload(found.getFileName(), found.getContentType(), file.getContent());
	}

	/** The manager accepts submitted evidence. */
	@Transactional
	@PreAuthorize(Access.MANAGE)
	public ActivityEvidence verify(UUID partnershipId, UUID evidenceId, long expectedVersion) {
		ActivityEvidence found = evidence(partnershipId, evidenceId);
		found.checkVersion(expectedVersion);
		submitted(found);
		found.verify(currentUser(), Instant.now(this.clock));
		this.evidence.flush();
		return found;
	}

	/** The manager sends submitted evidence back, saying why. */
	@Transactional
	@PreAuthorize(Access.MANAGE)
	public ActivityEvidence sendBack(UUID partnershipId, UUID evidenceId, long expectedVersion, String reason) {
		check((errors) -> {
			if (reason == null || reason.isBlank()) {
				errors.rejectValue("reason", "validation.workplan.returnReason");
			}
			else if (reason.length() > 1000) {
				errors.rejectValue("reason", "validation.workplan.tooLong", new Object[] { 1000 }, null);
			}
		});
		ActivityEvidence found = evidence(partnershipId, evidenceId);
		found.checkVersion(expectedVersion);
		submitted(found);
		found.sendBack(reason.strip(), currentUser(), Instant.now(this.clock));
		this.evidence.flush();
		return found;
	}

	/**
	 * Records what an indicator achieved in a month (the month's own figure, not a
	 * running total), replacing that month's earlier figure.
	 */
	@Transactional
	@PreAuthorize(Access.EDIT)
	public IndicatorActual recordActual(UUID partnershipId, UUID indicatorId, YearMonth period, long value,
			String note) {
		LocalDate today = today();
		check((errors) -> {
			if (period == null) {
				errors.rejectValue("period", "validation.workplan.period");
			}
			else if (period.isAfter(YearMonth.from(today))) {
				errors.rejectValue("period", "validation.workplan.futurePeriod");
			}
			if (value < 0 || value > WorkPlanRules.MAX_RUPIAH) {
				errors.rejectValue("value", "validation.workplan.number");
			}
			if (note != null && note.length() > 500) {
				errors.rejectValue("note", "validation.workplan.tooLong", new Object[] { 500 }, null);
			}
		});
		WorkPlan plan = this.plans.current(partnershipId).orElseThrow(NotFoundException::new);
		PlanIndicator indicator = find(plan.getIndicators(), indicatorId);
		LocalDate start = period.atDay(1);
		IndicatorActual actual = this.actuals.findByIndicatorAndPeriodStart(indicator, start).orElse(null);
		if (actual == null) {
			actual = new IndicatorActual(indicator, start, value, blankToNull(note));
		}
		else {
			actual.update(value, blankToNull(note));
		}
		return this.actuals.saveAndFlush(actual);
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public void removeActual(UUID partnershipId, UUID actualId) {
		IndicatorActual actual = this.actuals.findById(actualId).orElseThrow(NotFoundException::new);
		WorkPlan plan = this.plans.current(partnershipId).orElseThrow(NotFoundException::new);
		if (!actual.getIndicator().getPlan().getId().equals(plan.getId())) {
			throw new NotFoundException();
		}
		this.actuals.delete(actual);
		this.actuals.flush();
	}

	/**
	 * What needs attention across the institution's active partnerships at or past the
	 * implementation stage (current cycles): open activities due within a fortnight, late
	 * ones, activities missing evidence, evidence awaiting verification and indicators
	 * behind target. Six queries whatever the number of partnerships; at most
	 * {@code limit} rows per list.
	 */
	@PreAuthorize(Access.READ)
	public Attention attention(int limit) {
		LocalDate today = today();
		int days = missingEvidenceDays();
		Map<UUID, Partnership> active = new HashMap<>();
		this.partnerships.list(new PartnershipFilter(PartnershipStatus.ACTIVE, null, null, null), Pageable.unpaged())
			.stream()
			// plans not yet being carried out are not late
			.filter((p) -> !p.getStage().isBefore(Stage.IMPLEMENTATION))
			.forEach((p) -> active.put(p.getId(), p));
		if (active.isEmpty()) {
			return new Attention(List.of(), List.of(), List.of(), List.of(), List.of());
		}
		List<WorkPlan> current = this.planRepository.findByPartnershipIdIn(active.keySet())
			.stream()
			.filter((w) -> w.getCycle() == active.get(w.getPartnershipId()).getCycle())
			.toList();
		if (current.isEmpty()) {
			return new Attention(List.of(), List.of(), List.of(), List.of(), List.of());
		}
		List<PlanActivity> activities = this.planRepository.activitiesOf(current);
		Map<UUID, Long> evidenceCounts = new HashMap<>();
		for (Object[] row : this.evidence.countsByActivityOfPlans(current)) {
			evidenceCounts.put((UUID) row[0], ((Number) row[1]).longValue());
		}
		List<ActivityRow> due = new ArrayList<>();
		List<ActivityRow> late = new ArrayList<>();
		List<ActivityRow> missing = new ArrayList<>();
		Map<UUID, LocalDate[]> spans = new HashMap<>();
		for (PlanActivity a : activities) {
			WorkPlan plan = a.getPlan();
			spans.merge(plan.getId(), new LocalDate[] { a.getStartsOn(), a.getEndsOn() },
					(x, y) -> new LocalDate[] { min(x[0], y[0]), max(x[1], y[1]) });
			ActivityStatus effective = a.effectiveStatus(today);
			ActivityRow row = new ActivityRow(plan.getPartnershipId(), title(active, plan), a.getId(),
					a.getDescription(), a.getEndsOn(), effective);
			if (effective == ActivityStatus.LATE) {
				late.add(row);
			}
			else if (ImplementationRules.dueSoon(effective, a.getEndsOn(), today)) {
				due.add(row);
			}
			if (ImplementationRules.missingEvidence(a.getStatus(), a.getEndsOn(), a.getActualEnd(),
					evidenceCounts.getOrDefault(a.getId(), 0L).intValue(), today, days)) {
				missing.add(row);
			}
		}
		List<EvidenceRow> awaiting = this.evidence.submittedOfPlans(current)
			.stream()
			.map((e) -> new EvidenceRow(e.getActivity().getPlan().getPartnershipId(),
					title(active, e.getActivity().getPlan()), e.getId(), e.getActivity().getDescription(),
					e.getCaption(), e.getFileName(), e.getSubmittedAt()))
			.toList();
		Map<UUID, Long> sums = new HashMap<>();
		for (Object[] row : this.actuals.sumsByIndicatorOfPlans(current)) {
			sums.put((UUID) row[0], ((Number) row[1]).longValue());
		}
		List<IndicatorRow> behind = new ArrayList<>();
		for (PlanIndicator i : this.planRepository.indicatorsOf(current)) {
			WorkPlan plan = i.getPlan();
			LocalDate[] span = spans.get(plan.getId());
			long actual = sums.getOrDefault(i.getId(), 0L);
			if (span != null && ImplementationRules.behindTarget(actual, i.getTarget(), span[0], span[1], today)) {
				behind.add(new IndicatorRow(plan.getPartnershipId(), title(active, plan), i.getId(), i.getMeasure(),
						i.getName(), i.getUnit(), i.getTarget(), actual,
						ImplementationRules.expectedByNow(i.getTarget(), span[0], span[1], today), i.isRupiah()));
			}
		}
		Comparator<ActivityRow> byEnd = Comparator.comparing(ActivityRow::endsOn);
		return new Attention(cap(due, byEnd, limit), cap(late, byEnd, limit), cap(missing, byEnd, limit),
				awaiting.stream().limit(limit).toList(), behind.stream().limit(limit).toList());
	}

	private static <T> List<T> cap(List<T> rows, Comparator<T> order, int limit) {
		return rows.stream().sorted(order).limit(limit).toList();
	}

	private static String title(Map<UUID, Partnership> active, WorkPlan plan) {
		return active.get(plan.getPartnershipId()).getTitle();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private PlanActivity activity(UUID partnershipId, UUID activityId) {
		WorkPlan plan = this.plans.current(partnershipId).orElseThrow(NotFoundException::new);
		return find(plan.getActivities(), activityId);
	}

	private ActivityEvidence evidence(UUID partnershipId, UUID evidenceId) {
		WorkPlan plan = this.plans.current(partnershipId).orElseThrow(NotFoundException::new);
		ActivityEvidence found = this.evidence.findById(evidenceId).orElseThrow(NotFoundException::new);
		if (!found.getActivity().getPlan().getId().equals(plan.getId())) {
			throw new NotFoundException();
		}
		return found;
	}

	private static void submitted(ActivityEvidence found) {
		if (found.getStatus() != EvidenceStatus.SUBMITTED) {
			// someone reviewed it meanwhile: the page the reviewer saw is out of date
			throw new StaleDataException();
		}
	}

	private static <T extends BaseEntity> T find(Collection<T> items, UUID id) {
		return items.stream().filter((item) -> item.getId().equals(id)).findFirst().orElseThrow(NotFoundException::new);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getName() != null) ? authentication.getName() : "system";
	}

	private static void check(Consumer<Errors> checks) {
		Errors errors = new MapBindingResult(new HashMap<>(), "implementation");
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	/** An evidence file to download. */
	public record EvidenceDownload(String fileName, String contentType, byte[] content) {

	}

	/**
	 * The current cycle's plan (null when none yet), its evidence (oldest first) and
	 * monthly actuals, judged on {@code today}.
	 */
	public record View(WorkPlan plan, List<ActivityEvidence> evidence, List<IndicatorActual> actuals, LocalDate today,
			int missingEvidenceDays) {

		public ActivityStatus status(PlanActivity activity) {
			return activity.effectiveStatus(this.today);
		}

		public List<ActivityEvidence> evidenceOf(PlanActivity activity) {
			return this.evidence.stream().filter((e) -> e.getActivity().getId().equals(activity.getId())).toList();
		}

		public boolean missingEvidence(PlanActivity activity) {
			return ImplementationRules.missingEvidence(activity.getStatus(), activity.getEndsOn(),
					activity.getActualEnd(),
					(int) evidenceOf(activity).stream().filter((e) -> e.getStatus() != EvidenceStatus.RETURNED).count(),
					this.today, this.missingEvidenceDays);
		}

		public List<IndicatorActual> actualsOf(PlanIndicator indicator) {
			return this.actuals.stream().filter((a) -> a.getIndicator().getId().equals(indicator.getId())).toList();
		}

		public long actual(PlanIndicator indicator) {
			return actualsOf(indicator).stream().mapToLong(IndicatorActual::getValue).sum();
		}

		public int percent(PlanIndicator indicator) {
			return ImplementationRules.percent(actual(indicator), indicator.getTarget());
		}

		public int barPercent(PlanIndicator indicator) {
			return ImplementationRules.barPercent(actual(indicator), indicator.getTarget());
		}

		/** The figure expected by today, pro rata over the plan's activity span. */
		public long expected(PlanIndicator indicator) {
			return ImplementationRules.expectedByNow(indicator.getTarget(), spanStart(), spanEnd(), this.today);
		}

		public boolean behind(PlanIndicator indicator) {
			return spanStart() != null && actual(indicator) < expected(indicator);
		}

		private LocalDate spanStart() {
			return (this.plan == null) ? null
					: this.plan.getActivities()
						.stream()
						.map(PlanActivity::getStartsOn)
						.min(LocalDate::compareTo)
						.orElse(null);
		}

		private LocalDate spanEnd() {
			return (this.plan == null) ? null
					: this.plan.getActivities()
						.stream()
						.map(PlanActivity::getEndsOn)
						.max(LocalDate::compareTo)
						.orElse(null);
		}

	}

	/** An activity on the dashboard, with the partnership it belongs to. */
	public record ActivityRow(UUID partnershipId, String partnershipTitle, UUID activityId, String description,
			LocalDate endsOn, ActivityStatus status) {

	}

	/** Evidence awaiting the manager's verification. */
	public record EvidenceRow(UUID partnershipId, String partnershipTitle, UUID evidenceId, String activity,
			String caption, String fileName, Instant submittedAt) {

	}

	/** An indicator behind what is expected by today. */
	public record IndicatorRow(UUID partnershipId, String partnershipTitle, UUID indicatorId, IndicatorMeasure measure,
			String name, String unit, long target, long actual, long expected, boolean rupiah) {

	}

	/** The dashboard's lists. */
	public record Attention(List<ActivityRow> dueSoon, List<ActivityRow> late, List<ActivityRow> missingEvidence,
			List<EvidenceRow> awaitingVerification, List<IndicatorRow> behindTarget) {

		public boolean isEmpty() {
			return this.dueSoon.isEmpty() && this.late.isEmpty() && this.missingEvidence.isEmpty()
					&& this.awaitingVerification.isEmpty() && this.behindTarget.isEmpty();
		}

	}

}
