package id.jejaring.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.jejaring.needs.Need;
import id.jejaring.needs.Needs;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.StaleDataException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The analyses (one per partner of a partnership) and explorations (several per
 * partnership) of the current institution; both feed the analysis and exploration gates.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipRecords {

	private final PartnershipRepository partnerships;

	private final AnalysisRepository analyses;

	private final ExplorationRepository explorations;

	private final PartyNames names;

	private final Needs needs;

	private final Clock clock;

	PartnershipRecords(PartnershipRepository partnerships, AnalysisRepository analyses,
			ExplorationRepository explorations, PartyNames names, Needs needs, Clock clock) {
		this.partnerships = partnerships;
		this.analyses = analyses;
		this.explorations = explorations;
		this.names = names;
		this.needs = needs;
		this.clock = clock;
	}

	private Partnership partnership(UUID id) {
		return this.partnerships.findById(id).orElseThrow(NotFoundException::new);
	}

	// ---- analyses

	/** Each partner of the partnership with its analysis, in the parties' order. */
	@PreAuthorize(Access.READ)
	public List<AnalysisRow> analyses(UUID partnershipId) {
		Partnership partnership = partnership(partnershipId);
		Map<UUID, Analysis> byPartner = this.analyses.findByPartnershipId(partnershipId)
			.stream()
			.collect(Collectors.toMap(Analysis::getPartnerId, Function.identity()));
		Map<UUID, String> partnerNames = this.names.partners(partnership.partnerIds());
		return partnership.getParties()
			.stream()
			.map((party) -> new AnalysisRow(party.getPartnerId(), partnerNames.get(party.getPartnerId()),
					party.getRole(), byPartner.get(party.getPartnerId())))
			.toList();
	}

	/**
	 * The analysis of one partner of the partnership, empty when not recorded yet; a
	 * partner that is not a party is not found.
	 */
	@PreAuthorize(Access.READ)
	public Optional<Analysis> analysis(UUID partnershipId, UUID partnerId) {
		requireParty(partnership(partnershipId), partnerId);
		return this.analyses.findByPartnershipIdAndPartnerId(partnershipId, partnerId);
	}

	/** The partner's name, for the analysis page. */
	@PreAuthorize(Access.READ)
	public String partnerName(UUID partnerId) {
		return this.names.partners(List.of(partnerId)).get(partnerId);
	}

	/**
	 * The needs the partnership addresses, which the analysis weighs the partner against.
	 */
	@PreAuthorize(Access.READ)
	public List<Need> needs(UUID partnershipId) {
		return partnership(partnershipId).needIds().stream().map(this.needs::get).toList();
	}

	@PreAuthorize(Access.EDIT)
	public void check(AnalysisDetails details, Errors errors) {
		AnalysisRules.check(details, errors);
	}

	/**
	 * Records or changes the analysis of one partner.
	 * @param expectedVersion the version the user saw, or null when there was none yet
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Analysis saveAnalysis(UUID partnershipId, UUID partnerId, Long expectedVersion, AnalysisDetails details) {
		Partnership partnership = partnership(partnershipId);
		requireParty(partnership, partnerId);
		throwIfInvalid("analysis", (errors) -> AnalysisRules.check(details, errors));
		Optional<Analysis> existing = this.analyses.findByPartnershipIdAndPartnerId(partnershipId, partnerId);
		if (existing.isPresent()) {
			if (expectedVersion == null) {
				throw new StaleDataException();
			}
			existing.get().checkVersion(expectedVersion);
			existing.get().update(details);
			return this.analyses.saveAndFlush(existing.get());
		}
		if (expectedVersion != null && expectedVersion > 0) {
			throw new StaleDataException();
		}
		return this.analyses.saveAndFlush(new Analysis(partnershipId, partnerId, details));
	}

	private static void requireParty(Partnership partnership, UUID partnerId) {
		if (!partnership.partnerIds().contains(partnerId)) {
			throw new NotFoundException();
		}
	}

	// ---- explorations

	/** The partnership's explorations, newest first. */
	@PreAuthorize(Access.READ)
	public List<Exploration> explorations(UUID partnershipId) {
		partnership(partnershipId);
		List<Exploration> held = new java.util.ArrayList<>(
				this.explorations.findByPartnershipIdOrderByHeldOnAsc(partnershipId));
		java.util.Collections.reverse(held);
		return held;
	}

	/** One exploration of the partnership (another partnership's is not found). */
	@PreAuthorize(Access.READ)
	public Exploration exploration(UUID partnershipId, UUID explorationId) {
		Exploration exploration = this.explorations.findById(explorationId).orElseThrow(NotFoundException::new);
		if (!exploration.getPartnershipId().equals(partnershipId)) {
			throw new NotFoundException();
		}
		return exploration;
	}

	@PreAuthorize(Access.EDIT)
	public void check(ExplorationDetails details, Errors errors) {
		ExplorationRules.check(details, today(), errors);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Exploration recordExploration(UUID partnershipId, ExplorationDetails details) {
		partnership(partnershipId);
		throwIfInvalid("exploration", (errors) -> ExplorationRules.check(details, today(), errors));
		return this.explorations.saveAndFlush(new Exploration(partnershipId, details));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Exploration updateExploration(UUID partnershipId, UUID explorationId, long expectedVersion,
			ExplorationDetails details) {
		Exploration exploration = exploration(partnershipId, explorationId);
		exploration.checkVersion(expectedVersion);
		throwIfInvalid("exploration", (errors) -> ExplorationRules.check(details, today(), errors));
		exploration.update(details);
		return this.explorations.saveAndFlush(exploration);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(Partnerships.WIB));
	}

	private static void throwIfInvalid(String name, java.util.function.Consumer<Errors> checks) {
		Errors errors = new MapBindingResult(new HashMap<>(), name);
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

}
