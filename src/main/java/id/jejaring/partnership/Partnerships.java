package id.jejaring.partnership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current institution's partnerships: recording them, moving them between stages
 * through the gates (forward one stage at a time, back with a reason), their status, the
 * stage history, and starting one from a need and a partner.
 */
@Service
@Transactional(readOnly = true)
public class Partnerships {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** The longest reason a move or a status change keeps (the columns' length). */
	static final int REASON_LENGTH = 2000;

	private final PartnershipRepository partnerships;

	private final StageChangeRepository changes;

	private final GateFactsCollector facts;

	private final Partners partners;

	private final Needs needs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Partnerships(PartnershipRepository partnerships, StageChangeRepository changes, GateFactsCollector facts,
			Partners partners, Needs needs, ApplicationEventPublisher events, Clock clock) {
		this.partnerships = partnerships;
		this.changes = changes;
		this.facts = facts;
		this.partners = partners;
		this.needs = needs;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize(Access.READ)
	public Page<Partnership> list(PartnershipFilter filter, Pageable pageable) {
		return this.partnerships.findAll(filter.specification(), pageable);
	}

	@PreAuthorize(Access.READ)
	public Partnership get(UUID id) {
		return this.partnerships.findById(id).orElseThrow(NotFoundException::new);
	}

	/** A new partnership, at the mapping stage of its first cycle; the history starts. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partnership create(PartnershipDetails details) {
		checkReferences(details);
		Instant now = this.clock.instant();
		Partnership partnership = this.partnerships.saveAndFlush(new Partnership(details, now));
		record(partnership, null, Stage.MAPPING, null, now);
		return partnership;
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partnership update(UUID id, long expectedVersion, PartnershipDetails details) {
		Partnership partnership = get(id);
		partnership.checkVersion(expectedVersion);
		checkReferences(details);
		partnership.update(details);
		return this.partnerships.saveAndFlush(partnership);
	}

	/**
	 * Starts a partnership at the mapping stage for a need with one partner (the partner
	 * recommendation's one click): titled after the need and the partner, covering the
	 * need's aspect, owned by the current user.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partnership startFor(UUID needId, UUID partnerId) {
		Need need = this.needs.get(needId);
		Partner partner = this.partners.get(partnerId);
		String title = limit(need.getTitle() + " — " + partner.getName(), 200);
		PartnershipDetails details = new PartnershipDetails(title, PartnershipPattern.AS_NEEDED,
				PartnershipStrategy.MISSION_IMPLEMENTATION, currentUserId(),
				LocalDate.now(this.clock.withZone(WIB)).getYear(), null,
				List.of(new PartnershipDetails.Party(partnerId, null)), List.of(needId),
				java.util.Set.of(need.getAspect()));
		return create(details);
	}

	/** What the gate of the current stage still misses, and the four conditions. */
	@PreAuthorize(Access.READ)
	public GateStatus gateStatus(UUID id) {
		Partnership partnership = get(id);
		GateFacts gathered = this.facts.collect(partnership);
		return new GateStatus(partnership.getStage(), StageGates.missingToLeave(partnership.getStage(), gathered),
				FourConditions.of(gathered), gathered);
	}

	/**
	 * Moves the partnership to the target stage: forward to the next stage or further,
	 * through the gate of every stage it leaves on the way (and, past analysis and into
	 * signing, only by the manager); back to any earlier stage with a reason. Refused
	 * with what is missing, and nothing moves.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partnership move(UUID id, long expectedVersion, Stage target, String reason) {
		Partnership partnership = get(id);
		partnership.checkVersion(expectedVersion);
		Stage from = partnership.getStage();
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		if (why != null && why.length() > REASON_LENGTH) {
			throw new MoveRefusedException(List.of(Missing.of("partnership.reason.tooLong", REASON_LENGTH)));
		}
		List<Missing> missing = new ArrayList<>();
		if (partnership.getStatus() != PartnershipStatus.ACTIVE) {
			missing.add(Missing.of("partnership.move.notActive"));
		}
		else if (target == null || target == from) {
			missing.add(Missing.of("partnership.move.sameStage"));
		}
		else if (target.isBefore(from)) {
			if (why == null) {
				missing.add(Missing.of("partnership.move.reasonRequired"));
			}
		}
		else {
			// forward: one stage or a jump, through the gate of every stage left on the
			// way
			for (Stage leaving = from; leaving != target; leaving = leaving.next()) {
				if (leaving.leavingNeedsManager() && !isManager()) {
					throw new AuthorizationDeniedException("Only the manager moves past analysis and into signing");
				}
			}
			GateFacts gathered = this.facts.collect(partnership);
			for (Stage leaving = from; leaving != target; leaving = leaving.next()) {
				missing.addAll(StageGates.missingToLeave(leaving, gathered));
			}
		}
		if (!missing.isEmpty()) {
			throw new MoveRefusedException(missing);
		}
		Instant now = this.clock.instant();
		partnership.moveTo(target, now);
		Partnership saved = this.partnerships.saveAndFlush(partnership);
		record(saved, from, target, why, now);
		return saved;
	}

	/**
	 * Puts the partnership on hold, resumes it, completes or stops it. Stopping needs a
	 * reason and is the manager's decision.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partnership changeStatus(UUID id, long expectedVersion, PartnershipStatus status, String reason) {
		Partnership partnership = get(id);
		partnership.checkVersion(expectedVersion);
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		if (why != null && why.length() > REASON_LENGTH) {
			throw new MoveRefusedException(List.of(Missing.of("partnership.reason.tooLong", REASON_LENGTH)));
		}
		if ((status == PartnershipStatus.STOPPED || partnership.getStatus() == PartnershipStatus.STOPPED)
				&& !isManager()) {
			throw new AuthorizationDeniedException("Only the manager stops a partnership");
		}
		if (status == PartnershipStatus.STOPPED && why == null) {
			throw new MoveRefusedException(List.of(Missing.of("partnership.status.reasonRequired")));
		}
		partnership.changeStatus(status, why);
		return this.partnerships.saveAndFlush(partnership);
	}

	/**
	 * Starts the next yearly cycle of a partnership at follow-up: a new partnership with
	 * the same title, pattern, strategy, owner, description, parties, needs and aspects,
	 * one cycle on, linked to this one, starting at the joint work plan stage (its
	 * history says why); this one is completed with the same reason. Refused with what is
	 * missing unless this partnership is active, at follow-up, and its next cycle was not
	 * started yet. Whether the follow-up decided to continue is the caller's question
	 * (the follow-up module keeps the decision).
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partnership startNextCycle(UUID id, long expectedVersion, int year, String reason) {
		Partnership previous = get(id);
		previous.checkVersion(expectedVersion);
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		List<Missing> missing = new ArrayList<>();
		if (why != null && why.length() > REASON_LENGTH) {
			missing.add(Missing.of("partnership.reason.tooLong", REASON_LENGTH));
		}
		if (previous.getStatus() != PartnershipStatus.ACTIVE) {
			missing.add(Missing.of("partnership.move.notActive"));
		}
		if (previous.getStage() != Stage.FOLLOW_UP) {
			missing.add(Missing.of("partnership.nextCycle.notFollowUp"));
		}
		if (this.partnerships.findFirstByPreviousCycleId(id).isPresent()) {
			missing.add(Missing.of("partnership.nextCycle.started"));
		}
		if (year < previous.getYear() || year > previous.getYear() + 5) {
			missing.add(Missing.of("partnership.nextCycle.year", previous.getYear()));
		}
		if (!missing.isEmpty()) {
			throw new MoveRefusedException(missing);
		}
		int cycle = previous.getCycle() + 1;
		String text = (why != null) ? why : "Siklus " + cycle + " (" + year
				+ ") dimulai dari rencana tindak lanjut siklus " + previous.getCycle() + ".";
		Instant now = this.clock.instant();
		PartnershipDetails before = previous.details();
		Partnership next = new Partnership(new PartnershipDetails(before.title(), before.pattern(), before.strategy(),
				before.ownerId(), year, before.description(), before.parties(), before.needIds(), before.aspects()),
				now);
		next.continueAsCycle(cycle, year, previous.getId());
		next.moveTo(Stage.JOINT_WORK_PLAN, now);
		Partnership saved = this.partnerships.saveAndFlush(next);
		record(saved, null, Stage.JOINT_WORK_PLAN, text, now);
		previous.changeStatus(PartnershipStatus.COMPLETED, text);
		this.partnerships.saveAndFlush(previous);
		return saved;
	}

	/** The next yearly cycle started from this partnership, if any. */
	@PreAuthorize(Access.READ)
	public java.util.Optional<Partnership> nextCycle(UUID id) {
		get(id);
		return this.partnerships.findFirstByPreviousCycleId(id);
	}

	/** Every move of the partnership, oldest first. */
	@PreAuthorize(Access.READ)
	public List<StageChange> history(UUID id) {
		get(id);
		return this.changes.findByPartnershipIdOrderByChangedAtAscIdAsc(id);
	}

	/** Whether the current user is the institution's manager (who decides some moves). */
	public boolean isManager() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_MANAGER".equals(authority.getAuthority()));
	}

	private void record(Partnership partnership, Stage from, Stage to, String reason, Instant at) {
		StageChange change = this.changes.save(new StageChange(partnership.getId(), from, to, reason, at));
		this.events.publishEvent(new PartnershipStageChanged(partnership.getInstitutionId(), partnership.getId(), from,
				to, change.isBackward(), at));
	}

	/** Unknown (or another institution's) partners and needs are not found. */
	private void checkReferences(PartnershipDetails details) {
		details.parties().forEach((party) -> this.partners.get(party.partnerId()));
		details.needIds().forEach(this.needs::get);
	}

	private static UUID currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null
				&& authentication.getPrincipal() instanceof id.jejaring.identity.JejaringUser user) ? user.id() : null;
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * The gate of the current stage: what is missing to leave it, and the four
	 * conditions.
	 */
	public record GateStatus(Stage stage, List<Missing> missing, List<FourConditions.Condition> conditions,
			GateFacts facts) {

		public boolean open() {
			return this.missing.isEmpty();
		}

	}

}
