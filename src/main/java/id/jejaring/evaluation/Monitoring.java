package id.jejaring.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The monitoring records of the current institution's partnerships, per partnership and
 * cycle, one per period of the partnership's cadence. Every call names the partnership,
 * so a record of another partnership (or institution) is not found.
 */
@Service
@Transactional(readOnly = true)
public class Monitoring {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** The stages in which monitoring records are expected. */
	static final List<Stage> MONITORED = List.of(Stage.IMPLEMENTATION, Stage.MONITORING_EVALUATION);

	static final int ATTENTION_LIMIT = 10;

	private final MonitoringRepository records;

	private final CadenceRepository cadences;

	private final JointEvaluationRepository evaluations;

	private final Partnerships partnerships;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entityManager;

	Monitoring(MonitoringRepository records, CadenceRepository cadences, JointEvaluationRepository evaluations,
			Partnerships partnerships, Clock clock, jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.records = records;
		this.cadences = cadences;
		this.evaluations = evaluations;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(WIB));
	}

	/** The partnership's cadence: quarterly until one is chosen. */
	@PreAuthorize(Access.READ)
	public Cadence cadence(UUID partnershipId) {
		this.partnerships.get(partnershipId);
		return this.cadences.findByPartnershipId(partnershipId)
			.map(MonitoringCadence::getCadence)
			.orElse(Cadence.QUARTERLY);
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public void changeCadence(UUID partnershipId, Cadence cadence) {
		this.partnerships.get(partnershipId);
		this.cadences.findByPartnershipId(partnershipId)
			.ifPresentOrElse((c) -> c.change(cadence),
					() -> this.cadences.save(new MonitoringCadence(partnershipId, cadence)));
		this.cadences.flush();
	}

	/**
	 * The records of the partnership's current cycle, newest period first, with their
	 * follow-ups.
	 */
	@PreAuthorize(Access.READ)
	public List<MonitoringRecord> records(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		return this.records.findForCycle(partnershipId, partnership.getCycle());
	}

	@PreAuthorize(Access.READ)
	public MonitoringRecord record(UUID partnershipId, UUID recordId) {
		return records(partnershipId).stream()
			.filter((r) -> r.getId().equals(recordId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** What the due rule says for the partnership's current cycle. */
	@PreAuthorize(Access.READ)
	public Optional<LocalDate> dueSince(UUID partnershipId) {
		List<MonitoringRecord> found = records(partnershipId);
		return MonitoringRules.dueSince(cadence(partnershipId), found.isEmpty() ? null : found.get(0).getPeriodStart(),
				today());
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public MonitoringRecord add(UUID partnershipId, MonitoringDetails details) {
		Partnership partnership = this.partnerships.get(partnershipId);
		check((errors) -> {
			checkPeriod(details, errors);
			if (!errors.hasFieldErrors("periodStart") && this.records.existsByPartnershipIdAndCycleAndPeriodStart(
					partnershipId, partnership.getCycle(), details.periodStart())) {
				errors.rejectValue("periodStart", "validation.monitoring.periodTaken");
			}
		});
		MonitoringRecord saved = this.records
			.save(new MonitoringRecord(partnershipId, partnership.getCycle(), details));
		this.records.flush();
		return saved;
	}

	@Transactional
	@PreAuthorize(Access.EDIT)
	public MonitoringRecord update(UUID partnershipId, UUID recordId, long expectedVersion, MonitoringDetails details) {
		MonitoringRecord record = record(partnershipId, recordId);
		check((errors) -> {
			checkPeriod(details, errors);
			if (!errors.hasFieldErrors("periodStart")
					&& this.records.existsByPartnershipIdAndCycleAndPeriodStartAndIdNot(partnershipId,
							record.getCycle(), details.periodStart(), recordId)) {
				errors.rejectValue("periodStart", "validation.monitoring.periodTaken");
			}
			for (MonitoringDetails.FollowUpDetails f : details.followUps()) {
				if (f.id() != null && record.getFollowUps().stream().noneMatch((x) -> x.getId().equals(f.id()))) {
					throw new NotFoundException();
				}
			}
		});
		record.checkVersion(expectedVersion);
		record.update(details);
		// follow-ups are rows of their own: a change of any of them moves the version
		this.entityManager.lock(record, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		this.records.flush();
		return record;
	}

	/** Marks a follow-up done, or not done again. */
	@Transactional
	@PreAuthorize(Access.EDIT)
	public MonitoringFollowUp toggleFollowUp(UUID partnershipId, UUID followUpId) {
		return markFollowUp(partnershipId, followUpId, null);
	}

	/** Marks a follow-up done or not ({@code null}: the other way round). */
	@Transactional
	@PreAuthorize(Access.EDIT)
	public MonitoringFollowUp markFollowUp(UUID partnershipId, UUID followUpId, Boolean done) {
		MonitoringFollowUp followUp = records(partnershipId).stream()
			.flatMap((r) -> r.getFollowUps().stream())
			.filter((f) -> f.getId().equals(followUpId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (done == null || done != followUp.isDone()) {
			followUp.toggle();
		}
		this.records.flush();
		return followUp;
	}

	/**
	 * The dashboard's panel: partnerships in monitoring and evaluation without a joint
	 * evaluation of their cycle, and monitored partnerships with a period ended without a
	 * record; two queries.
	 */
	@PreAuthorize(Access.READ)
	public Attention attention() {
		List<EvaluationDue> evaluationsDue = this.evaluations
			.withoutJointEvaluation(Stage.MONITORING_EVALUATION, PartnershipStatus.ACTIVE)
			.stream()
			.limit(ATTENTION_LIMIT)
			.map((row) -> new EvaluationDue((UUID) row[0], (String) row[1], (Integer) row[2]))
			.toList();
		LocalDate today = today();
		List<MonitoringDue> monitoringDue = this.records.monitoringState(MONITORED, PartnershipStatus.ACTIVE)
			.stream()
			.map((row) -> {
				Cadence cadence = (row[3] != null) ? (Cadence) row[3] : Cadence.QUARTERLY;
				LocalDate latest = (LocalDate) row[4];
				return MonitoringRules.dueSince(cadence, latest, today)
					.map((since) -> new MonitoringDue((UUID) row[0], (String) row[1], (Integer) row[2], cadence, since,
							MonitoringRules.periodsMissed(cadence, latest, today)))
					.orElse(null);
			})
			.filter(java.util.Objects::nonNull)
			.limit(ATTENTION_LIMIT)
			.toList();
		return new Attention(evaluationsDue, monitoringDue);
	}

	private void checkPeriod(MonitoringDetails details, Errors errors) {
		if (details.cadence() == null || details.periodStart() == null
				|| !MonitoringRules.recordable(details.cadence(), details.periodStart(), today())) {
			errors.rejectValue("periodStart", "validation.monitoring.period");
		}
	}

	private static void check(java.util.function.Consumer<Errors> checks) {
		Errors errors = new MapBindingResult(new HashMap<>(), "monitoring");
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	public record Attention(List<EvaluationDue> evaluationsDue, List<MonitoringDue> monitoringDue) {

		public boolean isEmpty() {
			return this.evaluationsDue.isEmpty() && this.monitoringDue.isEmpty();
		}

	}

	public record EvaluationDue(UUID partnershipId, String title, int cycle) {
	}

	/**
	 * A monitored partnership with ended periods without a record, from {@code since}.
	 */
	public record MonitoringDue(UUID partnershipId, String title, int cycle, Cadence cadence, LocalDate since,
			int periodsMissed) {
	}

}
