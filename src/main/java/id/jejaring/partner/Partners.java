package id.jejaring.partner;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.Locale;
import java.util.stream.Collectors;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Region;
import id.jejaring.institution.Regions;
import id.jejaring.partner.internal.PartnerSearchFunction;
import id.jejaring.shared.Access;
import id.jejaring.shared.EntityHistory;
import id.jejaring.shared.NotFoundException;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current institution's partners and their contacts: the filtered, paged list, likely
 * duplicates, recording, changing and archiving, and the change history.
 */
@Service
@Transactional(readOnly = true)
public class Partners {

	private final PartnerRepository partners;

	private final PartnerContactRepository contacts;

	private final EntityHistory history;

	private final Map<String, Function<Partner, Object>> historyFields;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<PartnerReferences> references;

	/** Whether the search box goes through the database's indexed search function. */
	private final boolean indexedSearch;

	private static final DateTimeFormatter NOTE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("id"));

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	Partners(PartnerRepository partners, PartnerContactRepository contacts, EntityHistory history,
			PartnerCategories categories, Regions regions, ApplicationEventPublisher events,
			ObjectProvider<PartnerReferences> references, EntityManagerFactory entityManagers) {
		this.partners = partners;
		this.contacts = contacts;
		this.history = history;
		this.historyFields = historyFields(categories, regions);
		this.events = events;
		this.references = references;
		this.indexedSearch = PartnerSearchFunction.registered(entityManagers);
	}

	/** One page of partners, filtered, sorted and paged in the database. */
	@PreAuthorize(Access.READ)
	public Page<Partner> list(PartnerFilter filter, Pageable pageable) {
		return this.partners.findAll(filter.specification(this.indexedSearch), pageable);
	}

	/**
	 * Every partner the filter selects, by name, with tags loaded (for the export).
	 */
	@PreAuthorize(Access.EDIT)
	public List<Partner> all(PartnerFilter filter) {
		List<Partner> found = this.partners.findAll(filter.specification(this.indexedSearch),
				org.springframework.data.domain.Sort.by("name", "id"));
		found.forEach(Partner::tagNames);
		return found;
	}

	/** Each partner's first contact by name (for the export). */
	@PreAuthorize(Access.EDIT)
	public Map<UUID, PartnerContact> firstContacts(List<UUID> partnerIds) {
		Map<UUID, PartnerContact> first = new java.util.HashMap<>();
		for (int from = 0; from < partnerIds.size(); from += 1000) {
			List<UUID> chunk = partnerIds.subList(from, Math.min(partnerIds.size(), from + 1000));
			for (PartnerContact contact : this.contacts.findByPartnerIdInOrderByName(chunk)) {
				first.putIfAbsent(contact.getPartnerId(), contact);
			}
		}
		return first;
	}

	/**
	 * The filtered partners that have a map location, by name, at most {@code limit} of
	 * them (the page tells how many there are in all).
	 */
	@PreAuthorize(Access.READ)
	public Page<Partner> located(PartnerFilter filter, int limit) {
		org.springframework.data.jpa.domain.Specification<Partner> located = (root, query, cb) -> cb
			.and(cb.isNotNull(root.get("latitude")), cb.isNotNull(root.get("longitude")));
		return this.partners.findAll(filter.specification(this.indexedSearch).and(located),
				org.springframework.data.domain.PageRequest.of(0, limit,
						org.springframework.data.domain.Sort.by("name", "id")));
	}

	/** A partner with its offerings and tags loaded. */
	@PreAuthorize(Access.READ)
	public Partner get(UUID id) {
		Partner partner = this.partners.findById(id).orElseThrow(NotFoundException::new);
		partner.offerings();
		partner.tagNames();
		return partner;
	}

	/**
	 * Partners that look like the one described: the same normalised name in the same
	 * regency, the same phone or WhatsApp number, or the same e-mail.
	 * @param excluded the partner being edited, or null for a new one
	 */
	@PreAuthorize(Access.READ)
	public List<Partner> likelyDuplicates(PartnerDetails details, UUID excluded) {
		List<String> phones = new ArrayList<>();
		if (details.phone() != null) {
			phones.add(details.phone());
		}
		if (details.whatsapp() != null) {
			phones.add(details.whatsapp());
		}
		if (phones.isEmpty()) {
			phones.add("-");
		}
		String name = PartnerNames.normalise(details.name());
		String regency = (details.regionCode() != null) ? Region.regencyOf(details.regionCode()) : null;
		return this.partners.findLikelyDuplicates((excluded != null) ? excluded : new UUID(0, 0),
				name.isEmpty() ? "-" : name, regency, phones, (details.email() != null) ? details.email() : "-");
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partner create(PartnerDetails details) {
		return this.partners.save(new Partner(details));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partner update(UUID id, long expectedVersion, PartnerDetails details) {
		Partner partner = get(id);
		partner.checkVersion(expectedVersion);
		partner.update(details);
		return this.partners.saveAndFlush(partner);
	}

	/** Hides the partner from the list; nothing is deleted. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partner archive(UUID id) {
		Partner partner = get(id);
		partner.archive();
		return this.partners.saveAndFlush(partner);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public Partner restore(UUID id) {
		Partner partner = get(id);
		partner.restore();
		return this.partners.saveAndFlush(partner);
	}

	/**
	 * Records the partner could be merged with: its likely duplicates first (same
	 * normalised name in the same regency, same phone, same e-mail), then, with a search
	 * term, up to 20 other matching partners. Archived and merged records are left out.
	 */
	@PreAuthorize(Access.MANAGE)
	public MergeCandidates mergeCandidates(UUID id, String term) {
		Partner partner = get(id);
		List<Partner> duplicates = likelyDuplicates(partner.details(), id).stream()
			.filter((p) -> !p.isArchived())
			.toList();
		List<Partner> found = List.of();
		if (term != null && !term.isBlank()) {
			List<UUID> shown = duplicates.stream().map(Partner::getId).toList();
			found = list(new PartnerFilter(term, null, null, null, null, null, false),
					PageRequest.of(0, 20, Sort.by("name", "id")))
				.stream()
				.filter((p) -> !p.getId().equals(id) && !shown.contains(p.getId()))
				.toList();
		}
		return new MergeCandidates(duplicates, found);
	}

	/** Likely duplicates and search results for the merge page. */
	public record MergeCandidates(List<Partner> duplicates, List<Partner> found) {
	}

	/**
	 * Merges the second record into the first: contacts, tags and offerings move to the
	 * survivor (no double tags), a note "Digabung dengan … pada … oleh …" is added to its
	 * notes, and the merged record is archived and points to the survivor. Both versions
	 * are checked (optimistic locking); {@link PartnersMerged} is published so later
	 * modules move their links.
	 */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public Partner merge(UUID survivorId, long survivorVersion, UUID mergedId, long mergedVersion) {
		if (survivorId.equals(mergedId)) {
			throw new NotFoundException();
		}
		Partner survivor = get(survivorId);
		Partner merged = get(mergedId);
		if (survivor.getMergedIntoId() != null || merged.getMergedIntoId() != null) {
			throw new NotFoundException();
		}
		survivor.checkVersion(survivorVersion);
		merged.checkVersion(mergedVersion);
		for (PartnerContact contact : this.contacts.findByPartnerIdOrderByName(mergedId)) {
			contact.moveTo(survivorId);
		}
		String note = "Digabung dengan " + merged.getName() + " pada " + NOTE_DATE.format(Instant.now().atZone(JAKARTA))
				+ " oleh " + currentUsername();
		survivor.absorb(merged, note);
		merged.mergeInto(survivor);
		this.partners.saveAndFlush(merged);
		Partner saved = this.partners.saveAndFlush(survivor);
		this.events.publishEvent(new PartnersMerged(survivorId, mergedId));
		return saved;
	}

	/**
	 * Deletes a partner if no module refers to it: the first objection of a
	 * {@link PartnerReferences} is returned and nothing changes; otherwise the partner is
	 * archived (nothing is physically deleted; the history keeps everything).
	 * @return the reason the partner cannot be deleted, or empty when it was archived
	 */
	@PreAuthorize(Access.MANAGE)
	@Transactional
	public Optional<String> delete(UUID id) {
		Partner partner = get(id);
		Optional<String> objection = this.references.orderedStream()
			.map((check) -> check.whyNotDeletable(id))
			.flatMap(Optional::stream)
			.findFirst();
		if (objection.isEmpty()) {
			partner.archive();
			this.partners.saveAndFlush(partner);
		}
		return objection;
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getName() != null) ? authentication.getName() : "system";
	}

	/** Who changed what in the partner's profile, newest first. */
	@PreAuthorize(Access.READ)
	public List<EntityHistory.Change> history(UUID id) {
		get(id);
		return this.history.changes(Partner.class, id, this.historyFields);
	}

	@PreAuthorize(Access.READ)
	public List<PartnerContact> contacts(UUID partnerId) {
		get(partnerId);
		return this.contacts.findByPartnerIdOrderByName(partnerId);
	}

	/** How many contacts each partner has (one grouped query for a whole page). */
	@PreAuthorize(Access.READ)
	public Map<UUID, Long> contactCounts(Collection<UUID> partnerIds) {
		if (partnerIds.isEmpty()) {
			return Map.of();
		}
		return this.contacts.countByPartnerIds(partnerIds)
			.stream()
			.collect(Collectors.toMap(PartnerContactRepository.ContactCount::getPartnerId,
					PartnerContactRepository.ContactCount::getCount));
	}

	@PreAuthorize(Access.READ)
	public PartnerContact contact(UUID contactId) {
		return this.contacts.findById(contactId).orElseThrow(NotFoundException::new);
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public PartnerContact addContact(UUID partnerId, ContactDetails details) {
		get(partnerId);
		return this.contacts.save(new PartnerContact(partnerId, details));
	}

	@PreAuthorize(Access.EDIT)
	@Transactional
	public PartnerContact updateContact(UUID contactId, long expectedVersion, ContactDetails details) {
		PartnerContact contact = contact(contactId);
		contact.checkVersion(expectedVersion);
		contact.update(details);
		return this.contacts.saveAndFlush(contact);
	}

	/** Removes a contact person; the history keeps what was recorded. */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public UUID removeContact(UUID contactId) {
		PartnerContact contact = contact(contactId);
		this.contacts.delete(contact);
		return contact.getPartnerId();
	}

	private static Map<String, Function<Partner, Object>> historyFields(PartnerCategories categories, Regions regions) {
		Map<String, Function<Partner, Object>> fields = new LinkedHashMap<>();
		fields.put("partner.kind", Partner::getKind);
		fields.put("partner.name", Partner::getName);
		fields.put("partner.category", (p) -> categories.label(p.getCategoryCode()));
		fields.put("partner.sector", Partner::getSector);
		fields.put("partner.scale", Partner::getScale);
		fields.put("partner.address", Partner::getAddress);
		fields.put("partner.region", (p) -> regions.label(p.getRegionCode()));
		fields.put("partner.latitude", Partner::getLatitude);
		fields.put("partner.longitude", Partner::getLongitude);
		fields.put("partner.phone", Partner::getPhone);
		fields.put("partner.whatsapp", Partner::getWhatsapp);
		fields.put("partner.email", Partner::getEmail);
		fields.put("partner.website", Partner::getWebsite);
		fields.put("partner.visionMission", Partner::getVisionMission);
		fields.put("partner.goals", Partner::getGoals);
		fields.put("partner.csrProgram", Partner::isCsrProgram);
		fields.put("partner.csrNotes", Partner::getCsrNotes);
		fields.put("partner.foundThrough", Partner::getFoundThrough);
		fields.put("partner.status", Partner::getStatus);
		fields.put("partner.notes", Partner::getNotes);
		fields.put("partner.archived", Partner::isArchived);
		return fields;
	}

}
