package id.jejaring.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The joint evaluations of the current institution's partnerships: per partnership and
 * cycle, one set of answers per party (the institution, {@code null}, or a partner of the
 * partnership, recorded on its behalf until the partner portal exists). Answers are saved
 * only complete; the manager and staff record and change them.
 */
@Service
@Transactional(readOnly = true)
public class JointEvaluations {

	/** The longest text a hindrance or benefit answer may have. */
	public static final int TEXT_LENGTH = 4000;

	public static final int NOTE_LENGTH = 1000;

	private final JointEvaluationRepository evaluations;

	private final Partnerships partnerships;

	private final PartnershipRows rows;

	private final InstitutionManagement institutions;

	private final EvaluationPrefill prefill;

	private final jakarta.persistence.EntityManager entityManager;

	JointEvaluations(JointEvaluationRepository evaluations, Partnerships partnerships, PartnershipRows rows,
			InstitutionManagement institutions, EvaluationPrefill prefill,
			jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.evaluations = evaluations;
		this.partnerships = partnerships;
		this.rows = rows;
		this.institutions = institutions;
		this.prefill = prefill;
	}

	/**
	 * The evaluation of the partnership's cycle (this partnership row's cycle) for others
	 * to show: each party's answers and the averages per principle.
	 */
	@PreAuthorize(Access.READ)
	public EvaluationSummary summary(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		Map<UUID, String> names = partyNames(partnership);
		List<JointEvaluation> found = this.evaluations.findForCycle(partnershipId, partnership.getCycle());
		List<EvaluationSummary.PartyAnswers> parties = new ArrayList<>();
		found.stream()
			.sorted(java.util.Comparator.comparing((JointEvaluation e) -> e.getPartnerId() != null))
			.forEach((e) -> {
				EvaluationDetails d = e.details();
				parties.add(new EvaluationSummary.PartyAnswers(e.getId(), e.getVersion(), e.getPartnerId(),
						names.getOrDefault(e.getPartnerId(), ""), e.isOnBehalf(), d.hindrances(), d.benefits(),
						d.ratings(), e.averageRating(), d.judgments(), e.getUpdatedAt(), e.getUpdatedBy()));
			});
		List<EvaluationSummary.PrincipleAverage> principles = new ArrayList<>();
		for (Principle principle : Principle.values()) {
			List<EvaluationSummary.PartyRating> byParty = new ArrayList<>();
			parties.forEach((p) -> p.ratings()
				.stream()
				.filter((r) -> r.principle() == principle)
				.findFirst()
				.ifPresent((r) -> byParty
					.add(new EvaluationSummary.PartyRating(p.partnerId(), p.name(), r.rating(), r.note()))));
			if (!byParty.isEmpty()) {
				principles.add(new EvaluationSummary.PrincipleAverage(principle,
						EvaluationRules.average(byParty.stream().map(EvaluationSummary.PartyRating::rating).toList()),
						byParty));
			}
		}
		List<Integer> all = parties.stream()
			.flatMap((p) -> p.ratings().stream())
			.map(EvaluationDetails.Rating::rating)
			.toList();
		return new EvaluationSummary(partnershipId, partnership.getCycle(),
				EvaluationRules.isJoint(parties.stream().map(EvaluationSummary.PartyAnswers::partnerId).toList()),
				parties, principles, all.isEmpty() ? null : EvaluationRules.average(all));
	}

	/**
	 * The parties of the partnership by partner id ({@code null}: the institution), with
	 * names.
	 */
	@PreAuthorize(Access.READ)
	public Map<UUID, String> partyNames(UUID partnershipId) {
		return partyNames(this.partnerships.get(partnershipId));
	}

	/** The activities and indicators of the cycle's plan, to judge. */
	@PreAuthorize(Access.READ)
	public List<PrefillItem> prefill(UUID partnershipId) {
		this.partnerships.get(partnershipId);
		return this.prefill.items(partnershipId);
	}

	/** A party's saved answers for the partnership's cycle. */
	@PreAuthorize(Access.READ)
	public Optional<JointEvaluation> answers(UUID partnershipId, UUID partnerId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		checkParty(partnership, partnerId);
		return find(partnership, partnerId);
	}

	/**
	 * Saves a party's answers, complete: every principle rated 1–5, what hindered and the
	 * benefits written, and every activity and indicator of the plan judged (an answer
	 * against what the records suggest needs a note). A partner's answers are recorded by
	 * the institution on the partner's behalf. Send the version read (0 for new answers).
	 */
	@Transactional
	@PreAuthorize(Access.EDIT)
	public JointEvaluation save(UUID partnershipId, UUID partnerId, long expectedVersion, EvaluationDetails details) {
		Partnership partnership = this.partnerships.get(partnershipId);
		checkParty(partnership, partnerId);
		Optional<JointEvaluation> existing = find(partnership, partnerId);
		Map<String, PrefillItem> items = new LinkedHashMap<>();
		this.prefill.items(partnershipId).forEach((i) -> items.put(key(i.kind(), i.itemId()), i));
		Set<String> stored = existing.map((
				e) -> e.getJudgments().stream().map((j) -> key(j.getKind(), j.getItemId())).collect(Collectors.toSet()))
			.orElse(Set.of());
		check((errors) -> check(details, items, stored, errors));
		JointEvaluation evaluation = existing.orElseGet(() -> {
			if (expectedVersion != 0) {
				throw new id.jejaring.shared.StaleDataException();
			}
			return new JointEvaluation(partnershipId, partnership.getCycle(), partnerId);
		});
		if (existing.isPresent()) {
			evaluation.checkVersion(expectedVersion);
		}
		evaluation.update(withCopiedLabels(details, items, existing.orElse(null)));
		JointEvaluation saved = this.evaluations.saveAndFlush(evaluation);
		// answers are rows of their own: every save of existing answers moves the version
		if (existing.isPresent()) {
			this.entityManager.lock(saved, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
		this.evaluations.flush();
		return saved;
	}

	/** Whether the cycle has a joint evaluation (see {@link EvaluationRules#isJoint}). */
	public boolean isJoint(UUID partnershipId, int cycle) {
		return this.evaluations.isJoint(partnershipId, cycle);
	}

	private Optional<JointEvaluation> find(Partnership partnership, UUID partnerId) {
		return this.evaluations.findForCycle(partnership.getId(), partnership.getCycle())
			.stream()
			.filter((e) -> java.util.Objects.equals(e.getPartnerId(), partnerId))
			.findFirst();
	}

	private static void checkParty(Partnership partnership, UUID partnerId) {
		if (partnerId != null && !partnership.partnerIds().contains(partnerId)) {
			throw new NotFoundException();
		}
	}

	private Map<UUID, String> partyNames(Partnership partnership) {
		Map<UUID, String> names = new LinkedHashMap<>();
		names.put(null, this.institutions.current().getName());
		this.rows.parties(List.of(partnership.getId()))
			.getOrDefault(partnership.getId(), List.of())
			.forEach((party) -> names.put(party.partnerId(), party.name()));
		return names;
	}

	/**
	 * The field names match the web form ({@code ratings[i].rating},
	 * {@code judgments[i].note}) and the API request.
	 */
	static void check(EvaluationDetails details, Map<String, PrefillItem> items, Collection<String> stored,
			Errors errors) {
		if (details.hindrances() == null || details.hindrances().isBlank()) {
			errors.rejectValue("hindrances", "validation.evaluation.hindrances");
		}
		else if (details.hindrances().length() > TEXT_LENGTH) {
			errors.rejectValue("hindrances", "validation.evaluation.long");
		}
		if (details.benefits() == null || details.benefits().isBlank()) {
			errors.rejectValue("benefits", "validation.evaluation.benefits");
		}
		else if (details.benefits().length() > TEXT_LENGTH) {
			errors.rejectValue("benefits", "validation.evaluation.long");
		}
		if (!EvaluationRules.ratingsComplete(details.ratings())) {
			for (int i = 0; i < details.ratings().size(); i++) {
				if (!EvaluationRules.validRating(details.ratings().get(i).rating())) {
					errors.rejectValue("ratings[" + i + "].rating", "validation.evaluation.rating");
				}
			}
			if (!errors.hasFieldErrors("ratings*")) {
				errors.rejectValue("ratings", "validation.evaluation.ratings");
			}
		}
		for (int i = 0; i < details.ratings().size(); i++) {
			String note = details.ratings().get(i).note();
			if (note != null && note.length() > NOTE_LENGTH) {
				errors.rejectValue("ratings[" + i + "].note", "validation.evaluation.note.long");
			}
		}
		Set<String> judged = new java.util.HashSet<>();
		for (int i = 0; i < details.judgments().size(); i++) {
			EvaluationDetails.Judgment j = details.judgments().get(i);
			String key = key(j.kind(), j.itemId());
			PrefillItem item = items.get(key);
			if (item == null && !stored.contains(key)) {
				errors.rejectValue("judgments[" + i + "].asPlanned", "validation.evaluation.item");
				continue;
			}
			if (!judged.add(key)) {
				// the same activity or indicator judged twice in one request
				errors.rejectValue("judgments[" + i + "].asPlanned", "validation.evaluation.item.twice");
				continue;
			}
			if (j.note() != null && j.note().length() > NOTE_LENGTH) {
				errors.rejectValue("judgments[" + i + "].note", "validation.evaluation.note.long");
			}
			else if (item != null && EvaluationRules.noteNeeded(item.suggested(), j.asPlanned(), j.note())) {
				errors.rejectValue("judgments[" + i + "].note", "validation.evaluation.note.needed");
			}
		}
		if (!judged.containsAll(items.keySet())) {
			errors.rejectValue("judgments", "validation.evaluation.judgments");
		}
	}

	/**
	 * Labels and facts come from the plan, or for items gone from it, from the stored
	 * answer.
	 */
	private static EvaluationDetails withCopiedLabels(EvaluationDetails details, Map<String, PrefillItem> items,
			JointEvaluation existing) {
		Map<String, EvaluationJudgment> stored = new HashMap<>();
		if (existing != null) {
			existing.getJudgments().forEach((j) -> stored.put(key(j.getKind(), j.getItemId()), j));
		}
		List<EvaluationDetails.Judgment> judgments = details.judgments().stream().map((j) -> {
			PrefillItem item = items.get(key(j.kind(), j.itemId()));
			EvaluationJudgment old = stored.get(key(j.kind(), j.itemId()));
			String label = (item != null) ? item.label() : old.getLabel();
			String facts = (item != null) ? item.facts() : old.getFacts();
			return new EvaluationDetails.Judgment(j.kind(), j.itemId(), limit(label, 2000), limit(facts, 500),
					j.asPlanned(), blankToNull(j.note()));
		}).toList();
		List<EvaluationDetails.Rating> ratings = details.ratings()
			.stream()
			.map((r) -> new EvaluationDetails.Rating(r.principle(), r.rating(), blankToNull(r.note())))
			.toList();
		return new EvaluationDetails(details.onBehalf(), details.hindrances().strip(), details.benefits().strip(),
				ratings, judgments);
	}

	static String key(JudgmentKind kind, UUID itemId) {
		return kind + ":" + itemId;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String limit(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	private static void check(Consumer<Errors> checks) {
		Errors errors = new MapBindingResult(new HashMap<>(), "evaluation");
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

}
