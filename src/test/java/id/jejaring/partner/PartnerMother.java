package id.jejaring.partner;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.NeedAspect;
import id.jejaring.shared.TenantContext;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test partners and contacts, written through the service as a manager of the given
 * institution; names carry a random part so tests do not see each other's rows.
 */
public final class PartnerMother {

	private final InstitutionManagement institutions;

	private final Partners partners;

	public PartnerMother(InstitutionManagement institutions, Partners partners) {
		this.institutions = institutions;
		this.partners = partners;
	}

	public UUID bandung() {
		return this.institutions.findByNpsn("K5651234").orElseThrow().getId();
	}

	public UUID semarang() {
		return this.institutions.findByNpsn("K5659876").orElseThrow().getId();
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public static PartnerDetails garment(String name) {
		return new PartnerDetails(PartnerKind.ORGANISATION, name, "BUSINESS.CSR", "Garmen", PartnerScale.LARGE,
				"Jl. Raya Majalaya 1", "32.04.33", new BigDecimal("-7.05"), new BigDecimal("107.75"), null, null, null,
				null, null, null, List.of(new PartnerDetails.Offering(NeedAspect.FACILITIES, "Tempat magang")), true,
				"Dana CSR", "Pameran", PartnerStatus.ACTIVE, List.of("garmen", "uji"), null);
	}

	public Partner partner(UUID institution, PartnerDetails details) {
		return as(institution, () -> this.partners.create(details));
	}

	public Partner partner(UUID institution) {
		return partner(institution, garment(unique("PT Uji Garmen")));
	}

	public PartnerContact contact(Partner partner, String name, String whatsapp) {
		return as(partner.getInstitutionId(),
				() -> this.partners.addContact(partner.getId(), new ContactDetails(name, "Manajer HRD",
						"+6281311112222", id.jejaring.shared.Texts.phone(whatsapp), null, ContactRole.LIAISON, null)));
	}

	public Partner reload(Partner partner) {
		return as(partner.getInstitutionId(), () -> this.partners.get(partner.getId()));
	}

	public List<PartnerContact> contactsOf(Partner partner) {
		return as(partner.getInstitutionId(), () -> this.partners.contacts(partner.getId()));
	}

	public <T> T as(UUID institution, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test.manager", null,
				AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
		SecurityContextHolder.setContext(context);
		try {
			return TenantContext.callAs(institution, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
