package id.jejaring.institution;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import id.jejaring.shared.EntityHistory;
import id.jejaring.shared.NotFoundException;
import id.jejaring.shared.TenantContext;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution profile: read and edit the signed-in institution's own profile, create
 * institutions (platform admin), and look institutions up for oversight. Callers of
 * {@link #find} and the list methods decide who may see what; this class only reads.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionManagement {

	private final InstitutionRepository institutions;

	private final EntityHistory history;

	/** Profile fields shown in the change history, by message key. */
	private final Map<String, Function<Institution, Object>> historyFields;

	InstitutionManagement(InstitutionRepository institutions, EntityHistory history, Regions regions) {
		this.institutions = institutions;
		this.history = history;
		this.historyFields = historyFields(regions);
	}

	/** The signed-in user's institution. */
	public Institution current() {
		return this.institutions.findById(TenantContext.require()).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public Institution updateCurrent(long expectedVersion, InstitutionProfile profile) {
		Institution institution = current();
		institution.checkVersion(expectedVersion);
		institution.update(profile);
		return this.institutions.saveAndFlush(institution);
	}

	public boolean npsnTaken(String npsn, UUID exceptInstitution) {
		if (npsn == null) {
			return false;
		}
		return (exceptInstitution == null) ? this.institutions.existsByNpsn(npsn)
				: this.institutions.existsByNpsnAndIdNot(npsn, exceptInstitution);
	}

	@Transactional
	public Institution create(InstitutionProfile profile) {
		Institution institution = new Institution(profile.name(), profile.regionCode());
		institution.update(profile);
		return this.institutions.save(institution);
	}

	public Optional<Institution> find(UUID id) {
		return this.institutions.findById(id);
	}

	public Optional<Institution> findByNpsn(String npsn) {
		return this.institutions.findByNpsn(npsn);
	}

	public Page<Institution> all(Pageable pageable) {
		return this.institutions.findAll(pageable);
	}

	/** Institutions whose region code starts with a province or regency code. */
	public Page<Institution> inRegion(String regionCode, Pageable pageable) {
		return this.institutions.findByRegionCodeStartingWith(regionCode, pageable);
	}

	public List<Institution> byIds(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.institutions.findByIdInOrderByName(ids);
	}

	/** Who changed what in the signed-in institution's profile, newest first. */
	public List<EntityHistory.Change> currentHistory() {
		return this.history.changes(Institution.class, TenantContext.require(), this.historyFields);
	}

	private static Map<String, Function<Institution, Object>> historyFields(Regions regions) {
		Map<String, Function<Institution, Object>> fields = new LinkedHashMap<>();
		fields.put("institution.name", Institution::getName);
		fields.put("institution.npsn", Institution::getNpsn);
		fields.put("institution.legalBody", Institution::getLegalBody);
		fields.put("institution.address", Institution::getAddress);
		fields.put("institution.region", (institution) -> regions.label(institution.getRegionCode()));
		fields.put("institution.phone", Institution::getPhone);
		fields.put("institution.whatsapp", Institution::getWhatsapp);
		fields.put("institution.email", Institution::getEmail);
		fields.put("institution.website", Institution::getWebsite);
		fields.put("institution.headName", Institution::getHeadName);
		fields.put("institution.foundedYear", Institution::getFoundedYear);
		fields.put("institution.accreditationGrade", Institution::getAccreditationGrade);
		fields.put("institution.accreditationYear", Institution::getAccreditationYear);
		fields.put("institution.vision", Institution::getVision);
		fields.put("institution.mission", Institution::getMission);
		fields.put("institution.goals", Institution::getGoals);
		return fields;
	}

}
