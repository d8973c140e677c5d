package id.jejaring.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.Agreements;
import id.jejaring.agreement.RenewalKind;
import id.jejaring.identity.JejaringUser;
import id.jejaring.partnership.Interactions;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.StaffMember;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import id.jejaring.workplan.WorkPlanCarryOver;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Improvement and follow-up of the current institution's partnerships: the improvement
 * actions of a partnership's current cycle, the cycle's decision (the manager's; stopping
 * closes the partnership with the reason), starting the next cycle with the plan carried
 * over, and renewing the last cycle's signed agreements onto it. Every call names the
 * partnership, so another partnership's (or institution's) items are not found.
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** Days ahead an open action counts as due on the dashboard. */
	static final int DUE_SOON_DAYS = 7;

	private final ImprovementActionRepository actions;

	private final CycleDecisionRepository decisions;

	private final Partnerships partnerships;

	private final Interactions interactions;

	private final WorkPlanCarryOver carryOver;

	private final Agreements agreements;

	private final Clock clock;

	FollowUps(ImprovementActionRepository actions, CycleDecisionRepository decisions, Partnerships partnerships,
			Interactions interactions, WorkPlanCarryOver carryOver, Agreements agreements, Clock clock) {
		this.actions = actions;
		this.decisions = decisions;
		this.partnerships = partnerships;
		this.interactions = interactions;
		this.carryOver = carryOver;
		this.agreements = agreements;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(WIB));
	}

	/** The improvement actions of the partnership's current cycle, soonest due first. */
	@PreAuthorize(Access.READ)
	public List<ImprovementAction> actions(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		return this.actions.findByPartnershipIdAndCycleOrderByDueOnAscCreatedAtAsc(partnershipId,
				partnership.getCycle());
	}

	/** Managers and staff who may own an improvement action. */
	@PreAuthorize(Access.READ)
	public List<StaffMember> owners() {
		return this.interactions.followUpOwners();
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public ImprovementAction addAction(UUID partnershipId, ImprovementActionDetails details) {
		Partnership partnership = this.partnerships.get(partnershipId);
		checkAction(details);
		return this.actions.saveAndFlush(new ImprovementAction(partnershipId, partnership.getCycle(), details));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public ImprovementAction updateAction(UUID partnershipId, UUID actionId, long expectedVersion,
			ImprovementActionDetails details) {
		ImprovementAction action = action(partnershipId, actionId);
		action.checkVersion(expectedVersion);
		checkAction(details);
		action.update(details);
		return this.actions.saveAndFlush(action);
	}

	/** Moves an action to another status (open, in progress, done) in one click. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public ImprovementAction changeActionStatus(UUID partnershipId, UUID actionId, long expectedVersion,
			ImprovementStatus status) {
		ImprovementAction action = action(partnershipId, actionId);
		action.checkVersion(expectedVersion);
		if (status == null) {
			throw new NotFoundException();
		}
		action.changeStatus(status);
		return this.actions.saveAndFlush(action);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public void removeAction(UUID partnershipId, UUID actionId) {
		this.actions.delete(action(partnershipId, actionId));
		this.actions.flush();
	}

	/** Open actions due within a week or overdue, across partnerships, soonest first. */
	@PreAuthorize(Access.READ)
	public List<ImprovementAction> attention() {
		return this.actions.dueBy(today().plusDays(DUE_SOON_DAYS), PageRequest.of(0, 10));
	}

	/** The decision of the partnership's current cycle, if taken. */
	@PreAuthorize(Access.READ)
	public Optional<CycleDecision> decision(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		return this.decisions.findByPartnershipIdAndCycle(partnershipId, partnership.getCycle());
	}

	/**
	 * Takes or changes the decision of the partnership's current cycle (the manager's);
	 * {@code expectedVersion} is the decision's version, any for a first decision.
	 * Deciding to stop closes the partnership at once with the reason.
	 */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public CycleDecision decide(UUID partnershipId, long expectedVersion, DecisionDetails details) {
		Partnership partnership = this.partnerships.get(partnershipId);
		DecisionDetails cleaned = new DecisionDetails(details.outcome(),
				(details.reason() != null && !details.reason().isBlank()) ? details.reason().strip() : null);
		check((errors) -> DecisionRules.check(cleaned, errors));
		CycleDecision decision = this.decisions.findByPartnershipIdAndCycle(partnershipId, partnership.getCycle())
			.orElse(null);
		if (decision != null) {
			decision.checkVersion(expectedVersion);
		}
		List<String> missing = DecisionRules.missingToDecide(partnership.getStage(), partnership.getStatus(),
				this.partnerships.nextCycle(partnershipId).isPresent());
		if (!missing.isEmpty()) {
			throw new FollowUpRefusedException(missing);
		}
		if (decision == null) {
			decision = new CycleDecision(partnershipId, partnership.getCycle());
		}
		decision.decide(cleaned, currentUserId(), today());
		CycleDecision saved = this.decisions.saveAndFlush(decision);
		if (cleaned.outcome() == DecisionOutcome.STOP) {
			this.partnerships.changeStatus(partnershipId, partnership.getVersion(), PartnershipStatus.STOPPED,
					cleaned.reason());
		}
		return saved;
	}

	/**
	 * Starts the next cycle of a partnership at follow-up that decided to continue: the
	 * partnership module makes the next cycle's partnership (this one completes), the
	 * chosen plan items are carried over with their new targets, and the decision links
	 * to the new cycle. All or nothing.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partnership startNextCycle(UUID partnershipId, long expectedVersion, int year,
			WorkPlanCarryOver.Selection selection) {
		Partnership partnership = this.partnerships.get(partnershipId);
		CycleDecision decision = this.decisions.findByPartnershipIdAndCycle(partnershipId, partnership.getCycle())
			.orElse(null);
		List<String> missing = DecisionRules.missingToStartNextCycle(partnership.getStage(), partnership.getStatus(),
				decision);
		if (!missing.isEmpty()) {
			throw new FollowUpRefusedException(missing);
		}
		String reason = "Siklus " + (partnership.getCycle() + 1) + " (" + year
				+ ") dimulai dari rencana tindak lanjut siklus " + partnership.getCycle()
				+ ((decision.getReason() != null) ? ": " + decision.getReason() : ".");
		Partnership next = this.partnerships.startNextCycle(partnershipId, expectedVersion, year,
				limit(reason, DecisionRules.TEXT_LENGTH));
		this.carryOver.carryOver(partnershipId, next.getId(), selection);
		decision.startedAs(next.getId());
		this.decisions.saveAndFlush(decision);
		return next;
	}

	/**
	 * The signed MoUs and PKS of the previous cycle that may be renewed onto this
	 * partnership (the next cycle): not terminated, not superseded, not renewed yet.
	 */
	@PreAuthorize(Access.READ)
	public List<Agreement> renewable(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		if (partnership.getPreviousCycleId() == null) {
			return List.of();
		}
		return this.agreements.forPartnership(partnership.getPreviousCycleId())
			.stream()
			.filter((a) -> a.getKind() != AgreementKind.ADDENDUM && a.getSignedAt() != null
					&& a.getTerminatedOn() == null && a.getSupersededById() == null)
			.filter((a) -> this.agreements.renewals(a.getId()).stream().allMatch((r) -> r.getTerminatedOn() != null))
			.toList();
	}

	/**
	 * Renews a signed agreement of the previous cycle onto this partnership: extended
	 * unchanged, by an addendum, or replaced by a new one.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Agreement renew(UUID partnershipId, UUID agreementId, long expectedVersion, RenewalKind how, LocalDate from,
			LocalDate until) {
		Partnership partnership = this.partnerships.get(partnershipId);
		Agreement agreement = this.agreements.get(agreementId);
		if (partnership.getPreviousCycleId() == null
				|| !partnership.getPreviousCycleId().equals(agreement.getPartnershipId())) {
			throw new NotFoundException();
		}
		return this.agreements.renewInto(agreementId, expectedVersion, how, from, until, partnershipId);
	}

	private ImprovementAction action(UUID partnershipId, UUID actionId) {
		this.partnerships.get(partnershipId);
		ImprovementAction action = this.actions.findById(actionId).orElseThrow(NotFoundException::new);
		if (!action.getPartnershipId().equals(partnershipId)) {
			throw new NotFoundException();
		}
		return action;
	}

	private void checkAction(ImprovementActionDetails details) {
		check((errors) -> {
			DecisionRules.check(details, errors);
			if (details.ownerId() != null && !errors.hasFieldErrors("ownerId")
					&& owners().stream().noneMatch((member) -> member.id().equals(details.ownerId()))) {
				errors.rejectValue("ownerId", "validation.followup.owner");
			}
		});
	}

	private static void check(Consumer<Errors> checks) {
		Errors errors = new MapBindingResult(new HashMap<>(), "followUp");
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private static UUID currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof JejaringUser user) ? user.id()
				: null;
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
