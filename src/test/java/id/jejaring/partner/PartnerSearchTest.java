package id.jejaring.partner;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import id.jejaring.institution.InstitutionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box finds a partner by each field it promises, once per partner, only in the
 * current institution: on H2 through plain predicates, on PostgreSQL through the indexed
 * search function (V14_1), with the same answers.
 */
@SpringBootTest
class PartnerSearchTest {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	PartnerMother mother;

	UUID bandung;

	String token;

	String digits;

	@BeforeEach
	void setUp() {
		this.mother = new PartnerMother(this.institutions, this.partners);
		this.bandung = this.mother.bandung();
		this.token = "qz" + UUID.randomUUID().toString().substring(0, 6);
		this.digits = String.valueOf(1_000_000 + new Random().nextInt(8_999_999));
	}

	@Test
	void findsAPartnerByItsOwnFields() {
		PartnerDetails base = PartnerMother.garment("PT Cahaya " + this.token + " Abadi d'Bandung");
		Partner partner = this.mother.partner(this.bandung,
				new PartnerDetails(base.kind(), base.name(), base.categoryCode(), "Garmen " + this.token + "sektor",
						base.scale(), base.address(), base.regionCode(), null, null, "+62821" + this.digits,
						"+62877" + this.digits, "humas." + this.token + "@contoh.co.id", null, null, null,
						base.offerings(), false, null, null, PartnerStatus.ACTIVE, null, null));
		assertThat(found("cahaya " + this.token.toUpperCase())).as("name, any case").containsExactly(partner.getId());
		assertThat(found(this.token + " Abadi, PT.")).as("normalised name").containsExactly(partner.getId());
		assertThat(found(this.token + "SEKTOR")).as("sector").containsExactly(partner.getId());
		assertThat(found("humas." + this.token + "@")).as("e-mail").containsExactly(partner.getId());
		assertThat(found("0821-" + this.digits)).as("phone").containsExactly(partner.getId());
		assertThat(found("+62 877 " + this.digits)).as("WhatsApp").containsExactly(partner.getId());
		assertThat(found("abadi D'BANDUNG")).as("a quote is just a character").contains(partner.getId());
		assertThat(found(this.token + " tidak ada")).isEmpty();
		assertThat(found("humas%" + this.token)).as("% is a character, not a wildcard").isEmpty();
		assertThat(found("humas_" + this.token)).as("_ is a character, not a wildcard").isEmpty();
	}

	@Test
	void findsAPartnerOnceByItsContactsNameEmailPhoneOrWhatsApp() {
		Partner partner = this.mother.partner(this.bandung);
		for (String who : List.of("Ibu Sari", "Bapak Joko")) {
			this.mother.as(this.bandung,
					() -> this.partners.addContact(partner.getId(),
							new ContactDetails(who + " " + this.token, null, "+62813" + this.digits,
									"+62858" + this.digits, "k" + this.digits + "@mitra.id", ContactRole.LIAISON,
									null)));
		}
		for (String term : List.of(this.token.toUpperCase(), "sari " + this.token, "K" + this.digits + "@MITRA",
				"0813" + this.digits, "0858 " + this.digits)) {
			Page<Partner> page = page(term);
			assertThat(page.getContent()).as(term).extracting(Partner::getId).containsExactly(partner.getId());
			assertThat(page.getTotalElements()).as(term).isEqualTo(1);
		}
	}

	@Test
	void findsNeitherAnotherInstitutionsNorArchivedPartners() {
		PartnerDetails elsewhere = PartnerMother.garment("PT Semarang " + this.token);
		this.mother.partner(this.mother.semarang(), elsewhere);
		Partner archived = this.mother.partner(this.bandung, PartnerMother.garment("PT Lama " + this.token));
		this.mother.as(this.bandung, () -> this.partners.archive(archived.getId()));
		assertThat(found(this.token)).isEmpty();
		assertThat(this.mother.as(this.bandung,
				() -> this.partners
					.list(new PartnerFilter(this.token, null, null, null, null, null, true), PageRequest.of(0, 10))
					.map(Partner::getId)
					.getContent()))
			.containsExactly(archived.getId());
	}

	private List<UUID> found(String term) {
		return page(term).map(Partner::getId).getContent();
	}

	private Page<Partner> page(String term) {
		return this.mother.as(this.bandung,
				() -> this.partners.list(new PartnerFilter(term, null, null, null, null, null, false),
						PageRequest.of(0, 25, Sort.by("name", "id"))));
	}

}
