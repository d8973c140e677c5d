package id.jejaring.identity;

import java.util.List;
import java.util.UUID;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Regions;
import id.jejaring.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The explicit, audited path by which facilitators (their assigned institutions),
 * supervisors (institutions of their region) and the platform admin (any) reach an
 * institution that is not their own. Every opening is written to the security log.
 */
@Service
public class Oversight {

	private final InstitutionManagement institutions;

	private final UserManagement users;

	private final SecurityLog securityLog;

	private final Regions regions;

	Oversight(InstitutionManagement institutions, UserManagement users, SecurityLog securityLog, Regions regions) {
		this.institutions = institutions;
		this.users = users;
		this.securityLog = securityLog;
		this.regions = regions;
	}

	/** The institutions this user oversees, sorted by name. */
	public Page<Institution> institutions(JejaringUser user, Pageable pageable) {
		return switch (user.role()) {
			case FACILITATOR -> {
				List<Institution> assigned = this.institutions.byIds(this.users.facilitatedInstitutionIds(user.id()));
				yield new PageImpl<>(assigned, pageable, assigned.size());
			}
			case SUPERVISOR -> {
				String region = this.users.account(user.id()).getSupervisedRegionCode();
				yield (region == null) ? Page.empty(pageable) : this.institutions.inRegion(region, pageable);
			}
			case PLATFORM_ADMIN -> this.institutions.all(pageable);
			default -> Page.empty(pageable);
		};
	}

	/** The region a supervisor oversees, as text ("Jawa Barat"), or empty text. */
	public String supervisedRegionLabel(JejaringUser user) {
		return this.regions.label(this.users.account(user.id()).getSupervisedRegionCode());
	}

	/**
	 * Opens another institution for this user, or answers 404 when the user may not see
	 * it. The access is logged.
	 */
	public Institution open(JejaringUser user, UUID institutionId) {
		if (!mayOversee(user, institutionId)) {
			throw new NotFoundException();
		}
		Institution institution = this.institutions.find(institutionId).orElseThrow(NotFoundException::new);
		this.securityLog.record(SecurityEvent.Kind.INSTITUTION_ACCESS, user.getUsername(), institutionId,
				"opened profile as " + user.role());
		return institution;
	}

	/**
	 * Lets the user read the institution's records (programs, needs, …) with the ordinary
	 * pages, read-only, until they leave; answers 404 when they may not. Logged.
	 * @return the principal to keep in the session from now on
	 */
	public JejaringUser visit(JejaringUser user, UUID institutionId) {
		if (!mayOversee(user, institutionId) || this.institutions.find(institutionId).isEmpty()) {
			throw new NotFoundException();
		}
		this.securityLog.record(SecurityEvent.Kind.INSTITUTION_ACCESS, user.getUsername(), institutionId,
				"visiting as " + user.role());
		return user.visiting(institutionId);
	}

	/** Back to the user's own view: no institution in the tenant context. */
	public JejaringUser leave(JejaringUser user) {
		return user.visiting(null);
	}

	boolean mayOversee(JejaringUser user, UUID institutionId) {
		return switch (user.role()) {
			case FACILITATOR -> this.users.facilitatedInstitutionIds(user.id()).contains(institutionId);
			case SUPERVISOR -> {
				String region = this.users.account(user.id()).getSupervisedRegionCode();
				yield region != null && this.institutions.find(institutionId)
					.map(Institution::getRegionCode)
					.filter(code -> code != null && code.startsWith(region))
					.isPresent();
			}
			case PLATFORM_ADMIN -> true;
			default -> false;
		};
	}

}
