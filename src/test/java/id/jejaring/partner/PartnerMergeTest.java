package id.jejaring.partner;

import java.util.List;
import java.util.UUID;

import id.jejaring.SignedIn;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.needs.NeedAspect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Merging duplicate partners (pick, side-by-side confirmation, contacts/tags/offerings
 * moved, the other archived and marked, the note, the event, stale versions) and the
 * deletion check (refused with the reason of a module that refers to the partner,
 * otherwise archived).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PartnerMergeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Partners partners;

	@Autowired
	ApplicationEvents events;

	PartnerMother mother;

	UUID bandung;

	@BeforeEach
	void setUp() {
		this.mother = new PartnerMother(this.institutions, this.partners);
		this.bandung = this.mother.bandung();
	}

	RequestPostProcessor manager() {
		return SignedIn.as(this.users, "pengelola.bandung");
	}

	PartnerDetails duplicateOf(String name) {
		return new PartnerDetails(PartnerKind.ORGANISATION, name + ", PT", "BUSINESS.CSR", null, null, null, "32.04.33",
				null, null, "+6281399990000", null, null, null, null, null,
				List.of(new PartnerDetails.Offering(NeedAspect.FACILITIES, "Ruang jahit"),
						new PartnerDetails.Offering(NeedAspect.FUNDS, "Beasiswa")),
				false, null, null, PartnerStatus.CANDIDATE, List.of("uji", "csr"), "Dicatat dari pameran");
	}

	@Test
	void theManagerPicksALikelyDuplicateSeesBothAndMergesThem() throws Exception {
		String name = PartnerMother.unique("PT Gabung Garmen");
		Partner survivor = this.mother.partner(this.bandung, PartnerMother.garment(name));
		Partner duplicate = this.mother.partner(this.bandung, duplicateOf(name.substring(3)));
		this.mother.contact(survivor, "Ibu Tetap", "0812-1111-2222");
		this.mother.contact(duplicate, "Bapak Pindah", "0812-3333-4444");

		this.mvc.perform(get("/partners/{id}", survivor.getId()).with(manager()))
			.andExpect(content().string(containsString("/partners/" + survivor.getId() + "/merge")));
		this.mvc.perform(get("/partners/{id}/merge", survivor.getId()).with(manager()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("/partners/" + survivor.getId() + "/merge/" + duplicate.getId())));
		this.mvc.perform(get("/partners/{id}/merge/{other}", survivor.getId(), duplicate.getId()).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dipertahankan")))
			.andExpect(content().string(containsString("Bapak Pindah")))
			.andExpect(content().string(containsString("Ibu Tetap")));

		this.mvc
			.perform(post("/partners/{id}/merge/{other}", survivor.getId(), duplicate.getId())
				.param("survivorVersion", String.valueOf(survivor.getVersion()))
				.param("mergedVersion", String.valueOf(duplicate.getVersion()))
				.with(csrf())
				.with(manager()))
			.andExpect(redirectedUrl("/partners/" + survivor.getId()));

		Partner kept = this.mother.reload(survivor);
		assertThat(kept.tagNames()).containsExactly("csr", "garmen", "uji");
		assertThat(kept.offerings()).extracting(PartnerOffering::getAspect)
			.containsExactly(NeedAspect.FACILITIES, NeedAspect.FUNDS);
		assertThat(kept.offerings().get(0).getDescription()).isEqualTo("Tempat magang\nRuang jahit");
		assertThat(kept.getNotes()).startsWith("Digabung dengan " + duplicate.getName() + " pada ")
			.endsWith(" oleh pengelola.bandung");
		assertThat(kept.isArchived()).isFalse();
		assertThat(this.mother.contactsOf(kept)).extracting(PartnerContact::getName)
			.containsExactly("Bapak Pindah", "Ibu Tetap");
		Partner gone = this.mother.reload(duplicate);
		assertThat(gone.isArchived()).isTrue();
		assertThat(gone.getMergedIntoId()).isEqualTo(survivor.getId());
		assertThat(this.events.stream(PartnersMerged.class))
			.contains(new PartnersMerged(survivor.getId(), duplicate.getId()));
		assertThat(this.mother.as(this.bandung, () -> this.partners.history(survivor.getId()))).hasSizeGreaterThan(1);

		this.mvc.perform(get("/partners/{id}", duplicate.getId()).with(manager()))
			.andExpect(content().string(containsString("data-testid=\"merged-into\"")))
			.andExpect(content().string(not(containsString("data-testid=\"merge-partner\""))));
		// a merged record cannot be merged again
		this.mvc
			.perform(post("/partners/{id}/merge/{other}", survivor.getId(), duplicate.getId())
				.param("survivorVersion", String.valueOf(kept.getVersion()))
				.param("mergedVersion", String.valueOf(gone.getVersion()))
				.with(csrf())
				.with(manager()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleVersionOfEitherRecordChangesNothing() throws Exception {
		Partner survivor = this.mother.partner(this.bandung);
		Partner other = this.mother.partner(this.bandung);
		this.mother.contact(other, "Ibu Tinggal", "0812-5555-6666");
		this.mvc
			.perform(post("/partners/{id}/merge/{other}", survivor.getId(), other.getId())
				.param("survivorVersion", String.valueOf(survivor.getVersion()))
				.param("mergedVersion", String.valueOf(other.getVersion() - 1))
				.with(csrf())
				.with(manager()))
			.andExpect(status().isConflict());
		assertThat(this.mother.reload(other).isArchived()).isFalse();
		assertThat(this.mother.contactsOf(other)).hasSize(1);
	}

	@Test
	void staffMayNotMerge() throws Exception {
		Partner survivor = this.mother.partner(this.bandung);
		Partner other = this.mother.partner(this.bandung);
		this.mvc
			.perform(post("/partners/{id}/merge/{other}", survivor.getId(), other.getId())
				.param("survivorVersion", String.valueOf(survivor.getVersion()))
				.param("mergedVersion", String.valueOf(other.getVersion()))
				.with(csrf())
				.with(SignedIn.as(this.users, "staf.bandung")))
			.andExpect(status().isForbidden());
		assertThat(this.mother.reload(other).isArchived()).isFalse();
	}

	@Test
	void deletingAPartnerAnotherModuleRefersToIsRefusedWithItsReason() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		ObjectingPartnerReferences.REFERRED.add(partner.getId());
		try {
			this.mvc.perform(post("/partners/{id}/delete", partner.getId()).with(csrf()).with(manager()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Mitra ini tidak dapat dihapus:")))
				.andExpect(content().string(containsString(ObjectingPartnerReferences.REASON)));
			assertThat(this.mother.reload(partner).isArchived()).isFalse();
		}
		finally {
			ObjectingPartnerReferences.REFERRED.remove(partner.getId());
		}
	}

	@Test
	void deletingAPartnerNothingRefersToArchivesIt() throws Exception {
		Partner partner = this.mother.partner(this.bandung);
		this.mvc.perform(post("/partners/{id}/delete", partner.getId()).with(csrf()).with(manager()))
			.andExpect(redirectedUrl("/partners/" + partner.getId()))
			.andExpect(flash().attribute("success", "partner.delete.done"));
		assertThat(this.mother.reload(partner).isArchived()).isTrue();
	}

}
