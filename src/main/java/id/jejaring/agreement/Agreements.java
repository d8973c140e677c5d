package id.jejaring.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.partner.ContactRole;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerContact;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.AttachmentRules;
import id.jejaring.partnership.AttachmentType;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.Partnerships;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The current institution's agreements: drafting from the clause library, saving (every
 * change of the terms is a version), marking ready to sign (which gives the letter
 * number), recording the signatures and the signed scan, marking signed, terminating and
 * renewing. Only the manager marks an agreement signed or terminates it.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final int TITLE_LENGTH = 300;

	static final int REASON_LENGTH = 2000;

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final AgreementScanRepository scans;

	private final AgreementNumbers numbers;

	private final ClauseLibrary library;

	private final AgreementSettingsManagement settings;

	private final Partnerships partnerships;

	private final Partners partners;

	private final InstitutionManagement institutions;

	private final EntityManager entityManager;

	private final Clock clock;

	Agreements(AgreementRepository agreements, AgreementVersionRepository versions, AgreementScanRepository scans,
			AgreementNumbers numbers, ClauseLibrary library, AgreementSettingsManagement settings,
			Partnerships partnerships, Partners partners, InstitutionManagement institutions,
			EntityManager entityManager, Clock clock) {
		this.agreements = agreements;
		this.versions = versions;
		this.scans = scans;
		this.numbers = numbers;
		this.library = library;
		this.settings = settings;
		this.partnerships = partnerships;
		this.partners = partners;
		this.institutions = institutions;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** Today in Western Indonesian Time, the day statuses are computed for. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(WIB));
	}

	@PreAuthorize(Access.READ)
	public Page<Agreement> list(AgreementFilter filter, Pageable pageable) {
		return this.agreements.findAll(filter.specification(today(), this.settings.current().endingSoonDays()),
				pageable);
	}

	/**
	 * Every agreement the filter selects, for the export (the register is small per
	 * institution).
	 */
	@PreAuthorize(Access.READ)
	public List<Agreement> all(AgreementFilter filter, org.springframework.data.domain.Sort sort) {
		return this.agreements.findAll(filter.specification(today(), this.settings.current().endingSoonDays()), sort);
	}

	@PreAuthorize(Access.READ)
	public Agreement get(UUID id) {
		Agreement agreement = this.agreements.findById(id).orElseThrow(NotFoundException::new);
		// the articles are a second list; loading them here keeps pages free of lazy
		// loading
		Hibernate.initialize(agreement.articles());
		return agreement;
	}

	@PreAuthorize(Access.READ)
	public List<Agreement> forPartnership(UUID partnershipId) {
		this.partnerships.get(partnershipId);
		return this.agreements.findByPartnershipIdOrderByCreatedAtAsc(partnershipId);
	}

	/** The agreements under this one (PKS under an MoU, addenda). */
	@PreAuthorize(Access.READ)
	public List<Agreement> children(UUID id) {
		return this.agreements.findByParentIdOrderByCreatedAtAsc(id);
	}

	/** The renewals that continue this one. */
	@PreAuthorize(Access.READ)
	public List<Agreement> renewals(UUID id) {
		return this.agreements.findByPreviousIdOrderByCreatedAtAsc(id);
	}

	@PreAuthorize(Access.READ)
	public AgreementStatus status(Agreement agreement) {
		return agreement.statusOn(today(), this.settings.current().endingSoonDays());
	}

	/** The statuses of several agreements, with the institution's settings read once. */
	@PreAuthorize(Access.READ)
	public List<AgreementStatus> statuses(List<Agreement> found) {
		LocalDate today = today();
		int endingSoonDays = this.settings.current().endingSoonDays();
		return found.stream().map((agreement) -> agreement.statusOn(today, endingSoonDays)).toList();
	}

	/**
	 * A new draft's starting point for a partnership: titled after the kind and the
	 * partnership, the institution and every partner of the partnership as parties (with
	 * a signatory contact where one is recorded), and the clause library's articles.
	 */
	@PreAuthorize(Access.EDIT)
	public AgreementDetails newDraft(UUID partnershipId, AgreementKind kind) {
		Partnership partnership = this.partnerships.get(partnershipId);
		Institution institution = this.institutions.current();
		List<AgreementDetails.Party> parties = new ArrayList<>();
		parties.add(new AgreementDetails.Party(null, institution.getName(), institution.getHeadName(),
				(institution.getHeadName() != null) ? "Pimpinan " + institution.getName() : null));
		for (UUID partnerId : partnership.partnerIds()) {
			Partner partner = this.partners.get(partnerId);
			Optional<PartnerContact> signatory = this.partners.contacts(partnerId)
				.stream()
				.filter((c) -> c.getRole() == ContactRole.SIGNATORY)
				.findFirst();
			parties.add(new AgreementDetails.Party(partnerId, partner.getName(),
					signatory.map(PartnerContact::getName).orElse(null),
					signatory.map(PartnerContact::getPosition).orElse(null)));
		}
		String title = limit(kindTitle(kind) + " " + partnership.getTitle(), TITLE_LENGTH);
		return new AgreementDetails(title, null, null, null, null, null, parties,
				this.library.clauses().stream().map((clause) -> namedFor(clause, kind)).toList());
	}

	/**
	 * The library's articles speak of "nota kesepahaman ini"; in a PKS or an addendum
	 * they speak of that document instead.
	 */
	private static Clause namedFor(Clause clause, AgreementKind kind) {
		if (kind == AgreementKind.MOU) {
			return clause;
		}
		String name = (kind == AgreementKind.PKS) ? "perjanjian kerja sama ini" : "addendum ini";
		String body = clause.body()
			.replace("Nota kesepahaman ini", Character.toUpperCase(name.charAt(0)) + name.substring(1))
			.replace("nota kesepahaman ini", name);
		return new Clause(clause.type(), clause.title(), body);
	}

	private static String kindTitle(AgreementKind kind) {
		return switch (kind) {
			case MOU -> "Nota Kesepahaman";
			case PKS -> "Perjanjian Kerja Sama";
			case ADDENDUM -> "Addendum";
		};
	}

	/**
	 * Checks what a form cannot: the title, at least two parties each named, at most one
	 * of them the institution, partners that are the partnership's, articles well formed,
	 * the end of the validity not before its start, and a parent of a kind this one may
	 * sit under that shares a partner with the partnership.
	 */
	@PreAuthorize(Access.EDIT)
	public void check(UUID partnershipId, AgreementKind kind, UUID parentId, AgreementDetails details, Errors errors) {
		Partnership partnership = this.partnerships.get(partnershipId);
		if (details.title() == null || details.title().isBlank()) {
			errors.rejectValue("title", "validation.agreement.title");
		}
		else if (details.title().length() > TITLE_LENGTH) {
			errors.rejectValue("title", "validation.agreement.tooLong", new Object[] { TITLE_LENGTH }, null);
		}
		List<AgreementDetails.Party> parties = details.parties();
		if (parties.size() < 2) {
			errors.rejectValue("parties", "validation.agreement.parties");
		}
		Set<UUID> allowed = new HashSet<>(partnership.partnerIds());
		Set<UUID> seen = new HashSet<>();
		int institutionParties = 0;
		for (int i = 0; i < parties.size(); i++) {
			AgreementDetails.Party party = parties.get(i);
			if (party.name() == null || party.name().isBlank()) {
				errors.rejectValue("parties[" + i + "].name", "validation.agreement.partyName");
			}
			if (party.partnerId() == null) {
				institutionParties++;
			}
			else if (!allowed.contains(party.partnerId()) || !seen.add(party.partnerId())) {
				errors.rejectValue("parties[" + i + "].partnerId", "validation.agreement.partyPartner");
			}
		}
		if (institutionParties > 1) {
			errors.rejectValue("parties", "validation.agreement.institutionOnce");
		}
		ClauseLibrary.check(details.clauses(), "clauses", errors);
		if (details.effectiveFrom() != null && details.effectiveUntil() != null
				&& details.effectiveUntil().isBefore(details.effectiveFrom())) {
			errors.rejectValue("effectiveUntil", "validation.agreement.periodOrder");
		}
		if (kind == null) {
			errors.rejectValue("kind", "validation.agreement.kind");
		}
		else if (parentId != null) {
			Agreement parent = get(parentId);
			boolean sharesPartner = parent.getParties().stream().anyMatch((p) -> allowed.contains(p.getPartnerId()));
			if (!kind.mayHaveParent(parent.getKind()) || !sharesPartner) {
				errors.rejectValue("parentId", "validation.agreement.parent");
			}
		}
		else if (kind.needsParent()) {
			errors.rejectValue("parentId", "validation.agreement.parentNeeded");
		}
	}

	/** A new draft; its first version is saved with it. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Agreement draft(UUID partnershipId, AgreementKind kind, UUID parentId, AgreementDetails details) {
		validate(partnershipId, kind, parentId, details);
		return create(partnershipId, kind, parentId, null, null, details);
	}

	private Agreement create(UUID partnershipId, AgreementKind kind, UUID parentId, UUID previousId,
			RenewalKind renewal, AgreementDetails details) {
		Agreement agreement = this.agreements
			.saveAndFlush(new Agreement(partnershipId, kind, parentId, previousId, renewal, details));
		saveVersion(agreement);
		return agreement;
	}

	/**
	 * Saves a change of a draft or of an agreement ready to sign (which goes back to
	 * draft: what was ready is no longer what will be signed). Every saved change is a
	 * new version; saving without a change is none. A signed, terminated or superseded
	 * agreement is not edited: it is renewed or amended.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Agreement update(UUID id, long expectedVersion, AgreementDetails details) {
		Agreement agreement = get(id);
		agreement.checkVersion(expectedVersion);
		refuseUnlessEditable(agreement);
		validate(agreement.getPartnershipId(), agreement.getKind(), agreement.getParentId(), details);
		if (agreement.details().equals(details)) {
			return agreement;
		}
		// a change of a party alone touches only the party rows: the agreement's own
		// version
		// must still move, so a concurrent edit based on the old one is refused
		this.entityManager.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		agreement.update(details);
		// what was ready, and any signature or scan gathered for it, is no longer what
		// will
		// be signed
		agreement.backToDraft();
		Agreement saved = this.agreements.saveAndFlush(agreement);
		saveVersion(saved);
		return saved;
	}

	private void refuseUnlessEditable(Agreement agreement) {
		if (agreement.getSignedAt() != null || agreement.getTerminatedOn() != null
				|| agreement.getSupersededById() != null) {
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.refused.signed")));
		}
	}

	private void validate(UUID partnershipId, AgreementKind kind, UUID parentId, AgreementDetails details) {
		Errors errors = new MapBindingResult(new HashMap<>(), "agreement");
		check(partnershipId, kind, parentId, details, errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private void saveVersion(Agreement agreement) {
		this.versions.save(AgreementVersion.of(agreement));
	}

	/**
	 * Marks the agreement ready to sign once nothing required is missing; the first time,
	 * it takes its letter number (sequence of its kind in this year).
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Agreement markReady(UUID id, long expectedVersion) {
		Agreement agreement = get(id);
		agreement.checkVersion(expectedVersion);
		refuseUnlessEditable(agreement);
		List<AgreementRefusedException.Problem> missing = AgreementReadiness.missingToBeReady(agreement);
		if (!missing.isEmpty()) {
			throw new AgreementRefusedException(missing);
		}
		if (agreement.getLetterNumber() == null) {
			AgreementNumbers.Number number = this.numbers.next(agreement.getKind(), today());
			agreement.markReady(this.clock.instant(), number.year(), number.seq(), number.text());
		}
		else {
			agreement.markReady(this.clock.instant(), 0, 0, null);
		}
		return this.agreements.saveAndFlush(agreement);
	}

	/**
	 * A scan uploaded since the agreement was (last) marked ready, so it shows these
	 * terms.
	 */
	private boolean hasCurrentScan(Agreement agreement) {
		return agreement.getReadyAt() != null && this.scans.anySince(agreement.getId(), agreement.getReadyAt());
	}

	private static void refuseUnlessReady(Agreement agreement) {
		if (agreement.getReadyAt() == null) {
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.missing.ready")));
		}
	}

	/** Records the day each party signed (null where it has not yet). */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Agreement recordSignatures(UUID id, long expectedVersion, List<LocalDate> signedOn) {
		Agreement agreement = get(id);
		agreement.checkVersion(expectedVersion);
		if (agreement.getSignedAt() != null || agreement.getTerminatedOn() != null) {
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.refused.signed")));
		}
		Errors errors = new MapBindingResult(new HashMap<>(), "signatures");
		List<AgreementParty> parties = agreement.getParties();
		if (signedOn.size() != parties.size()) {
			errors.reject("validation.agreement.signedOn");
		}
		for (int i = 0; i < Math.min(signedOn.size(), parties.size()); i++) {
			if (signedOn.get(i) != null && signedOn.get(i).isAfter(today())) {
				errors.rejectValue("signedOn[" + i + "]", "validation.agreement.signedOnFuture");
			}
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		for (int i = 0; i < parties.size(); i++) {
			agreement.signParty(i, signedOn.get(i));
		}
		return this.agreements.saveAndFlush(agreement);
	}

	/**
	 * Keeps the scan of the signed copy. The type is read from the content; the caller
	 * has read at most one byte past the limit.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public ScanInfo uploadScan(UUID id, String uploadedName, byte[] content,
			org.springframework.util.unit.DataSize limit) {
		Agreement agreement = get(id);
		if (agreement.getTerminatedOn() != null || agreement.getSupersededById() != null) {
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.refused.signed")));
		}
		String refusal = AttachmentRules.refusal(content, limit);
		if (refusal != null) {
			Errors errors = new MapBindingResult(new HashMap<>(), "scan");
			errors.rejectValue("file", refusal, new Object[] { limit.toMegabytes() }, null);
			throw new InvalidInputException(errors);
		}
		AttachmentType type = AttachmentType.of(content).orElseThrow();
		AgreementScan scan = this.scans.saveAndFlush(new AgreementScan(agreement.getId(),
				AttachmentRules.fileName(uploadedName, type), type.mediaType(), content));
		return new ScanInfo(scan.getId(), scan.getAgreementId(), scan.getFileName(), scan.getContentType(),
				scan.getSize(), scan.getCreatedAt(), scan.getCreatedBy());
	}

	@PreAuthorize(Access.READ)
	public List<ScanInfo> scans(UUID id) {
		get(id);
		return this.scans.describe(id);
	}

	@PreAuthorize(Access.READ)
	public AgreementScan scan(UUID id, UUID scanId) {
		get(id);
		return this.scans.findByIdAndAgreementId(scanId, id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The manager marks the agreement signed: it must be ready, with every party's
	 * signing day and the signed scan. The agreement date defaults to the last signature;
	 * the agreement it renews is superseded.
	 */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public Agreement markSigned(UUID id, long expectedVersion) {
		Agreement agreement = get(id);
		agreement.checkVersion(expectedVersion);
		refuseUnlessEditable(agreement);
		List<AgreementRefusedException.Problem> missing = AgreementReadiness.missingToBeSigned(agreement,
				hasCurrentScan(agreement));
		if (!missing.isEmpty()) {
			throw new AgreementRefusedException(missing);
		}
		if (agreement.getAgreementDate() == null) {
			LocalDate last = agreement.getParties()
				.stream()
				.map(AgreementParty::getSignedOn)
				.max(LocalDate::compareTo)
				.orElse(today());
			AgreementDetails details = agreement.details();
			agreement.update(new AgreementDetails(details.title(), details.partnerNumber(), details.place(), last,
					details.effectiveFrom(), details.effectiveUntil(), details.parties(), details.clauses()));
		}
		agreement.markSigned(this.clock.instant());
		if (agreement.getPreviousId() != null) {
			this.agreements.findById(agreement.getPreviousId())
				.filter((previous) -> previous.getSupersededById() == null)
				.ifPresent((previous) -> previous.supersededBy(agreement.getId()));
		}
		return this.agreements.saveAndFlush(agreement);
	}

	/**
	 * The manager ends the agreement early, from a day not in the future, with a reason.
	 */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public Agreement terminate(UUID id, long expectedVersion, LocalDate on, String reason) {
		Agreement agreement = get(id);
		agreement.checkVersion(expectedVersion);
		Errors errors = new MapBindingResult(new HashMap<>(), "termination");
		if (agreement.getTerminatedOn() != null) {
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.refused.terminated")));
		}
		if (agreement.getSignedAt() == null || agreement.getSupersededById() != null) {
			// a draft is simply not signed; a superseded agreement ended with its renewal
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.refused.terminateNotSigned")));
		}
		if (on == null) {
			errors.rejectValue("terminatedOn", "validation.agreement.terminatedOn");
		}
		else if (on.isAfter(today())) {
			errors.rejectValue("terminatedOn", "validation.agreement.terminatedOnFuture");
		}
		if (reason == null || reason.isBlank()) {
			errors.rejectValue("reason", "validation.agreement.reason");
		}
		else if (reason.strip().length() > REASON_LENGTH) {
			errors.rejectValue("reason", "validation.agreement.tooLong", new Object[] { REASON_LENGTH }, null);
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		agreement.terminate(on, reason.strip());
		return this.agreements.saveAndFlush(agreement);
	}

	/**
	 * Renews a signed agreement in one action; the renewal links to it, and it is
	 * superseded once the renewal is signed. Extending unchanged copies the terms with
	 * the new validity and is ready to sign at once (it takes its number); an addendum
	 * starts as a draft under this agreement with its articles and an amendment article
	 * to fill; a replacement starts as a draft of the same kind with the same articles.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Agreement renew(UUID id, long expectedVersion, RenewalKind how, LocalDate from, LocalDate until) {
		return renewInto(id, expectedVersion, how, from, until, null);
	}

	/**
	 * Renews a signed agreement as {@link #renew} does, onto the next yearly cycle of its
	 * partnership (the follow-up's renewal offer): the target partnership must be the
	 * cycle started from the agreement's partnership, with the same partners. Without a
	 * target the renewal stays on the agreement's own partnership.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Agreement renewInto(UUID id, long expectedVersion, RenewalKind how, LocalDate from, LocalDate until,
			UUID targetPartnershipId) {
		Agreement previous = get(id);
		UUID onto = previous.getPartnershipId();
		if (targetPartnershipId != null && !targetPartnershipId.equals(onto)) {
			Partnership source = this.partnerships.get(onto);
			Partnership target = this.partnerships.get(targetPartnershipId);
			if (!onto.equals(target.getPreviousCycleId())
					|| !Set.copyOf(source.partnerIds()).equals(Set.copyOf(target.partnerIds()))) {
				throw new AgreementRefusedException(
						List.of(AgreementRefusedException.Problem.of("agreement.refused.renewNotNextCycle")));
			}
			onto = target.getId();
		}
		previous.checkVersion(expectedVersion);
		if (previous.getSignedAt() == null || previous.getTerminatedOn() != null
				|| previous.getSupersededById() != null) {
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.refused.renewNotSigned")));
		}
		if (this.agreements.findByPreviousIdOrderByCreatedAtAsc(id)
			.stream()
			.anyMatch((r) -> r.getTerminatedOn() == null)) {
			throw new AgreementRefusedException(
					List.of(AgreementRefusedException.Problem.of("agreement.refused.renewedAlready")));
		}
		Errors errors = new MapBindingResult(new HashMap<>(), "renewal");
		if (how == null) {
			errors.rejectValue("renewal", "validation.agreement.renewal");
		}
		if (from == null) {
			errors.rejectValue("effectiveFrom", "validation.agreement.effectiveFrom");
		}
		if (until == null) {
			errors.rejectValue("effectiveUntil", "validation.agreement.effectiveUntil");
		}
		else if (from != null && until.isBefore(from)) {
			errors.rejectValue("effectiveUntil", "validation.agreement.periodOrder");
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		AgreementDetails terms = previous.details();
		List<AgreementDetails.Party> parties = terms.parties();
		return switch (how) {
			case EXTENSION -> {
				Agreement extension = create(onto, previous.getKind(), previous.getParentId(), previous.getId(), how,
						new AgreementDetails(terms.title(), null, terms.place(), null, from, until, parties,
								terms.clauses()));
				yield markReady(extension.getId(), extension.getVersion());
			}
			case ADDENDUM -> {
				List<Clause> clauses = new ArrayList<>(terms.clauses());
				clauses.add(0, new Clause(ClauseType.AMENDMENT, "Perubahan",
						"PARA PIHAK sepakat mengubah " + previous.getTitle()
								+ ((previous.getLetterNumber() != null) ? " Nomor " + previous.getLetterNumber() : "")
								+ " sebagaimana diatur dalam addendum ini."));
				// an addendum amends an MoU or a PKS: renewing an addendum amends what it
				// amended
				UUID amended = (previous.getKind() == AgreementKind.ADDENDUM) ? previous.getParentId()
						: previous.getId();
				yield create(onto, AgreementKind.ADDENDUM, amended, previous.getId(), how,
						new AgreementDetails(limit("Addendum " + previous.getTitle(), TITLE_LENGTH), null,
								terms.place(), null, from, until, parties, clauses));
			}
			case REPLACEMENT ->
				create(onto, previous.getKind(), previous.getParentId(), previous.getId(), how, new AgreementDetails(
						terms.title(), null, terms.place(), null, from, until, parties, terms.clauses()));
		};
	}

	@PreAuthorize(Access.READ)
	public List<AgreementVersion> versions(UUID id) {
		get(id);
		return this.versions.findByAgreementIdOrderByNumberDesc(id);
	}

	@PreAuthorize(Access.READ)
	public AgreementVersion version(UUID id, int number) {
		get(id);
		return this.versions.findByAgreementIdAndNumber(id, number).orElseThrow(NotFoundException::new);
	}

	/** A saved version by its id, when it belongs to this agreement. */
	@PreAuthorize(Access.READ)
	public AgreementVersion versionById(UUID id, UUID versionId) {
		get(id);
		return this.versions.findById(versionId)
			.filter((version) -> version.getAgreementId().equals(id))
			.map((version) -> version(id, version.getNumber()))
			.orElseThrow(NotFoundException::new);
	}

	/** What the agreement still needs to be marked ready to sign (empty once it is). */
	@PreAuthorize(Access.READ)
	public List<AgreementRefusedException.Problem> missingToBeReady(Agreement agreement) {
		return (agreement.getReadyAt() == null && agreement.getSignedAt() == null)
				? AgreementReadiness.missingToBeReady(agreement) : List.of();
	}

	/** What the agreement still needs before the manager marks it signed. */
	@PreAuthorize(Access.READ)
	public List<AgreementRefusedException.Problem> missingToBeSigned(Agreement agreement) {
		return (agreement.getSignedAt() == null)
				? AgreementReadiness.missingToBeSigned(agreement, hasCurrentScan(agreement)) : List.of();
	}

	/** Records that a version was sent to the partner: when, to whom, how. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public AgreementVersion recordSent(UUID id, int number, LocalDate on, String to, String note) {
		AgreementVersion version = version(id, number);
		Errors errors = new MapBindingResult(new HashMap<>(), "sending");
		if (on == null) {
			errors.rejectValue("sentOn", "validation.agreement.sentOn");
		}
		else if (on.isAfter(today())) {
			errors.rejectValue("sentOn", "validation.agreement.sentOnFuture");
		}
		if (to == null || to.isBlank()) {
			errors.rejectValue("sentTo", "validation.agreement.sentTo");
		}
		else if (to.length() > 200) {
			errors.rejectValue("sentTo", "validation.agreement.tooLong", new Object[] { 200 }, null);
		}
		if (note != null && note.length() > 1000) {
			errors.rejectValue("note", "validation.agreement.tooLong", new Object[] { 1000 }, null);
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		version.sent(on, to.strip(), (note != null && !note.isBlank()) ? note.strip() : null);
		return this.versions.saveAndFlush(version);
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
