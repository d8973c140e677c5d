package id.jejaring.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.identity.Role;
import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import id.jejaring.partner.PartnerContact;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;
import id.jejaring.shared.InvalidInputException;
import id.jejaring.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The interaction log (catatan interaksi) of the current institution: logging, changing
 * and removing interactions, the lists of a partner and of a partnership (newest first,
 * paged in the database), the follow-ups due soon or overdue, and the attachments (PDF,
 * JPG, PNG, recognised by content, kept in the database).
 */
@Service
@Transactional(readOnly = true)
public class Interactions {

	/** Newest first; the id breaks ties so pages do not overlap. */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("createdAt"),
			Sort.Order.desc("id"));

	private final InteractionRepository interactions;

	private final InteractionAttachmentRepository attachments;

	private final PartnershipRepository partnerships;

	private final Partners partners;

	private final UserManagement users;

	private final PartyNames names;

	private final Clock clock;

	private final DataSize maxAttachmentSize;

	Interactions(InteractionRepository interactions, InteractionAttachmentRepository attachments,
			PartnershipRepository partnerships, Partners partners, UserManagement users, PartyNames names, Clock clock,
			@Value("${jejaring.attachments.max-size:5MB}") DataSize maxAttachmentSize) {
		this.interactions = interactions;
		this.attachments = attachments;
		this.partnerships = partnerships;
		this.partners = partners;
		this.users = users;
		this.names = names;
		this.clock = clock;
		this.maxAttachmentSize = maxAttachmentSize;
	}

	/** Today in Western Indonesia, where "future" and "overdue" are judged. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(Partnerships.WIB));
	}

	public DataSize maxAttachmentSize() {
		return this.maxAttachmentSize;
	}

	@PreAuthorize(Access.READ)
	public Interaction get(UUID id) {
		Interaction interaction = this.interactions.findById(id).orElseThrow(NotFoundException::new);
		// the contacts are read after the transaction (the edit form, the API)
		interaction.contactIds();
		return interaction;
	}

	/** An interaction with its names and attachments, for its page. */
	@PreAuthorize(Access.READ)
	public InteractionView view(UUID id) {
		return views(List.of(get(id))).get(0);
	}

	/** A partner's interactions, newest first. */
	@PreAuthorize(Access.READ)
	public Page<InteractionView> forPartner(UUID partnerId, Pageable pageable) {
		// one light query: another institution's (or an unknown) partner is not found
		if (this.names.partners(List.of(partnerId)).isEmpty()) {
			throw new NotFoundException();
		}
		Specification<Interaction> spec = (root, query, cb) -> cb.equal(root.get("partnerId"), partnerId);
		return page(spec, pageable);
	}

	/**
	 * A partnership's interactions, newest first: those logged for it, and those with its
	 * partners logged for no partnership (the same ones its information gate counts).
	 */
	@PreAuthorize(Access.READ)
	public Page<InteractionView> forPartnership(UUID partnershipId, Pageable pageable) {
		Partnership partnership = this.partnerships.findById(partnershipId).orElseThrow(NotFoundException::new);
		List<UUID> parties = partnership.partnerIds();
		Specification<Interaction> spec = (root, query, cb) -> parties.isEmpty()
				? cb.equal(root.get("partnershipId"), partnershipId)
				: cb.or(cb.equal(root.get("partnershipId"), partnershipId),
						cb.and(cb.isNull(root.get("partnershipId")), root.get("partnerId").in(parties)));
		return page(spec, pageable);
	}

	/** Filtered for the API: by partner, by partnership, or all. */
	@PreAuthorize(Access.READ)
	public Page<InteractionView> list(UUID partnerId, UUID partnershipId, Pageable pageable) {
		Specification<Interaction> spec = (root, query, cb) -> cb.and(
				(partnerId != null) ? cb.equal(root.get("partnerId"), partnerId) : cb.conjunction(),
				(partnershipId != null) ? cb.equal(root.get("partnershipId"), partnershipId) : cb.conjunction());
		return page(spec, pageable);
	}

	private Page<InteractionView> page(Specification<Interaction> spec, Pageable pageable) {
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
		Page<Interaction> page = this.interactions.findAll(spec, sorted);
		List<InteractionView> views = views(page.getContent());
		return page.map((interaction) -> views.get(page.getContent().indexOf(interaction)));
	}

	/**
	 * Open follow-ups due within the given number of days or already overdue, earliest
	 * first, at most {@code limit}.
	 */
	@PreAuthorize(Access.READ)
	public List<FollowUp> followUpsDue(int days, int limit) {
		LocalDate today = today();
		return this.names.followUpsDue(today.plusDays(days), today, limit);
	}

	/** The partnerships the partner takes part in, by title (for the form's choice). */
	@PreAuthorize(Access.READ)
	public List<Partnership> partnershipsOf(UUID partnerId) {
		return this.partnerships.findWithPartner(partnerId)
			.stream()
			.sorted(java.util.Comparator.comparing(Partnership::getTitle))
			.toList();
	}

	/** Managers and staff of the institution who may own a follow-up, by name. */
	@PreAuthorize(Access.READ)
	public List<StaffMember> followUpOwners() {
		return staff().stream()
			.filter(UserAccount::isEnabled)
			.map((account) -> new StaffMember(account.getId(), displayName(account)))
			.toList();
	}

	/**
	 * Checks what the annotations of a form cannot: the date is not in the future, the
	 * contacts are the partner's, the partnership has the partner as a party, a follow-up
	 * date or owner comes with an action, and the owner is on the staff. Unknown (or
	 * another institution's) partners and partnerships are not found.
	 */
	@PreAuthorize(Access.EDIT)
	public void check(InteractionDetails details, Errors errors) {
		if (details.partnerId() == null) {
			errors.rejectValue("partnerId", "validation.interaction.partner");
		}
		else {
			this.partners.get(details.partnerId());
			Set<UUID> theirs = this.partners.contacts(details.partnerId())
				.stream()
				.map(PartnerContact::getId)
				.collect(Collectors.toSet());
			if (!theirs.containsAll(details.contactIds())) {
				errors.rejectValue("contactIds", "validation.interaction.contact");
			}
			if (details.partnershipId() != null) {
				Partnership partnership = this.partnerships.findById(details.partnershipId())
					.orElseThrow(NotFoundException::new);
				if (!partnership.partnerIds().contains(details.partnerId())) {
					errors.rejectValue("partnershipId", "validation.interaction.partnershipParty");
				}
			}
		}
		InteractionRules.check(details, today(), errors);
		if (details.followUpOwnerId() != null && !errors.hasFieldErrors("followUpOwnerId")
				&& followUpOwners().stream().noneMatch((member) -> member.id().equals(details.followUpOwnerId()))) {
			errors.rejectValue("followUpOwnerId", "validation.interaction.followUpOwner");
		}
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Interaction log(InteractionDetails details) {
		checkOrThrow(details);
		return this.interactions.saveAndFlush(new Interaction(details));
	}

	/**
	 * Logs an interaction with its first attachment in one transaction: a refused file
	 * leaves nothing saved.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Interaction log(InteractionDetails details, String fileName, byte[] content) {
		Interaction interaction = log(details);
		if (content != null && content.length > 0) {
			attach(interaction.getId(), fileName, content);
		}
		return interaction;
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Interaction update(UUID id, long expectedVersion, InteractionDetails details) {
		Interaction interaction = get(id);
		interaction.checkVersion(expectedVersion);
		checkOrThrow(details);
		interaction.update(details);
		return this.interactions.saveAndFlush(interaction);
	}

	/** Removes an interaction with its contacts and attachments. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public void delete(UUID id) {
		Interaction interaction = get(id);
		this.attachments.deleteAll(this.attachments.findByInteractionId(id));
		this.interactions.delete(interaction);
		this.interactions.flush();
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Interaction markFollowUpDone(UUID id, long expectedVersion, boolean done) {
		Interaction interaction = get(id);
		interaction.checkVersion(expectedVersion);
		interaction.markFollowUpDone(done);
		return this.interactions.saveAndFlush(interaction);
	}

	// ---- attachments

	/**
	 * Whether a file may be attached: not empty, not over the size limit, and a PDF, JPG
	 * or PNG by its content. Returns the message key of the refusal, or null.
	 */
	public String refusal(byte[] content) {
		return AttachmentRules.refusal(content, this.maxAttachmentSize);
	}

	/**
	 * Attaches a file; its type is read from the content (a PNG named ".pdf" is kept as
	 * the PNG it is, and named so), anything else is refused.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public AttachmentInfo attach(UUID interactionId, String fileName, byte[] content) {
		get(interactionId);
		String refused = refusal(content);
		if (refused != null) {
			Errors errors = new MapBindingResult(new HashMap<>(), "attachment");
			errors.rejectValue("file", refused, new Object[] { this.maxAttachmentSize.toMegabytes() }, null);
			throw new InvalidInputException(errors);
		}
		AttachmentType type = AttachmentType.of(content).orElseThrow();
		InteractionAttachment saved = this.attachments.saveAndFlush(
				new InteractionAttachment(interactionId, AttachmentRules.fileName(fileName, type), type, content));
		return info(saved);
	}

	@PreAuthorize(Access.READ)
	public List<AttachmentInfo> attachments(UUID interactionId) {
		get(interactionId);
		return this.attachments.describe(List.of(interactionId));
	}

	/** An attachment with its bytes, for the download. */
	@PreAuthorize(Access.READ)
	public InteractionAttachment attachment(UUID attachmentId) {
		return this.attachments.findById(attachmentId).orElseThrow(NotFoundException::new);
	}

	/** Removes an attachment; answers the interaction it belonged to. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public UUID removeAttachment(UUID attachmentId) {
		InteractionAttachment attachment = attachment(attachmentId);
		this.attachments.delete(attachment);
		this.attachments.flush();
		return attachment.getInteractionId();
	}

	private static AttachmentInfo info(InteractionAttachment a) {
		return new AttachmentInfo(a.getId(), a.getInteractionId(), a.getFileName(), a.getContentType(), a.getSize(),
				a.getCreatedAt(), a.getCreatedBy());
	}

	// ---- helpers

	private void checkOrThrow(InteractionDetails details) {
		Errors errors = new MapBindingResult(new HashMap<>(), "interaction");
		check(details, errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
	}

	private List<InteractionView> views(List<Interaction> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = page.stream().map(Interaction::getId).toList();
		Map<UUID, String> partnerNames = this.names.partners(page.stream().map(Interaction::getPartnerId).toList());
		Map<UUID, String> contactNames = this.names
			.contacts(page.stream().flatMap((i) -> i.contactIds().stream()).collect(Collectors.toSet()));
		Map<UUID, List<AttachmentInfo>> files = this.attachments.describe(ids)
			.stream()
			.collect(Collectors.groupingBy(AttachmentInfo::interactionId));
		Map<UUID, String> owners = ownerNames(page);
		return page.stream()
			.map((i) -> new InteractionView(i, partnerNames.get(i.getPartnerId()),
					i.contactIds().stream().map(contactNames::get).filter(Objects::nonNull).sorted().toList(),
					owners.get(i.getFollowUpOwnerId()), files.getOrDefault(i.getId(), List.of())))
			.toList();
	}

	private Map<UUID, String> ownerNames(Collection<Interaction> interactions) {
		if (interactions.stream().allMatch((i) -> i.getFollowUpOwnerId() == null)) {
			return new HashMap<>();
		}
		return staff().stream().collect(Collectors.toMap(UserAccount::getId, Interactions::displayName));
	}

	/** The institution's managers and staff (a handful; one query). */
	private List<UserAccount> staff() {
		return this.users.staff(PageRequest.of(0, 500, Sort.by("fullName", "username")))
			.getContent()
			.stream()
			.filter((account) -> account.getRole() == Role.MANAGER || account.getRole() == Role.STAFF)
			.toList();
	}

	private static String displayName(UserAccount account) {
		return (account.getFullName() != null) ? account.getFullName() : account.getUsername();
	}

}
